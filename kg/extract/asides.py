"""Asides between a doer and its verb: a sentence the small model loses the subject of, parsed again without them.

Real copy puts a lot between who acted and the verb: an apposition ("Kata'ib Sawt al-Fajr, a little-known militia
formed in 2019, attacked ..."), a relative clause ("Abu Khalid, whom US officials describe as a financier, swore
allegiance ..."), a parenthesis, a dash-bracketed remark, a participle clause ("a group of armed men, some of them
wearing army uniforms, attacked ..."), a source ("according to a statement released by the police command, ...")
or a fronted participle ("Disguised as soldiers, members of the Katiba Hamza group killed ..."). en_core_web_sm
then often hangs the verb on the aside, tags it an adjective, or makes the doer an apposition of a word in the
aside, and the verb comes out with no subject: the event keeps its target and loses its doer.

Without the asides the same model parses the sentence right. So for each past-tense verb that has no subject of
its own and an aside before it, kg parses a shorter copy of its sentence: the segment that holds the doer (the
first plain noun-phrase segment of the sentence, or the verb's own segment when the doer is in it) and the
sentence from the verb on.  The copy's tree is written back to the kept words; each aside keeps its own inner tree
and hangs on the doer (an apposition, a relative or participle clause) or on the verb (a fronted phrase, a source,
"the army said"). The reparse is used only when the verb comes out a verb with a subject of its own and the copy is
one sentence; other sentences keep the model's parse. The text, the tokens and every offset stay as they were.

It runs after :mod:`kg.extract.reparse` (right after the parser, before the tagger's tags are mapped to parts of
speech and before the NER), so it reads fine-grained tags, never ``pos_`` or entities; the copy is parsed and its
tree written back by :mod:`kg.extract.shadowparse`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.reparse import IRREGULAR_PASTS, PARSE_STEPS
from kg.extract.shadowparse import Attached, Shadow, steps

# Tokens that open or close an aside (a dash only when it stands alone: "Nyatura-Kasongo" is one name).
COMMA_MARKS = frozenset({",", ";"})
DASH_MARKS = frozenset({"-", "--", "\u2013", "\u2014"})
BRACKETS = {"(": ")", "[": "]"}
# Pasts of the verbs events are told with that the small model reads as adjectives or nouns after an aside.
PASTS = IRREGULAR_PASTS | frozenset({"swore", "overran", "slew", "seized", "stormed", "led", "left", "ran", "sank"})
# Participles of saying and believing that take a doer's reduced clause: "fighters said to belong to X".
RAISERS = frozenset({"said", "believed", "thought", "reported", "suspected", "alleged", "understood", "known"})
# Tags of the words a plain noun phrase opens with, and of finite verbs (a segment with one is a clause).
NOUN_PHRASE_OPENERS = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})
# "some of them wearing uniforms", "all of them from the district": a part of the doer, not the doer.
PART_WORDS = frozenset({"some", "many", "most", "all", "both", "several", "none", "each", "one", "two", "three"})
# A segment of only these words (and numbers) tells when, not who: "Last Sunday, gunmen, ..., attacked".
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december morning afternoon evening night dawn dusk midnight day days week weeks "
    "month months year years hour hours weekend today yesterday tonight overnight last this early late next "
    "the a earlier later ago".split()
)
# Verbs no repair is for: a copula, an auxiliary, or a word of saying after the story it reports.
COPULAS_AND_SAYING = frozenset(
    {"was", "were", "had", "did", "said", "told", "added", "stated", "confirmed", "reported"}
)
MAX_SENTENCE = 80  # tokens; a longer sentence is left to the model
MAX_ASIDE = 30  # tokens in one segment left out


@dataclass(frozen=True)
class Shortening:
    """One repair: the verb, the segment holding its doer (``doer_start`` .. ``doer_end``) and the words left out
    (indices in the Doc), each with the anchor its aside hangs on: "doer" or "verb"."""

    verb: int
    doer_start: int
    doer_end: int
    left_out: tuple[tuple[int, int, str], ...]  # (start, end, anchor) per aside; anchor "doer", "verb" or "acl"


@Language.factory("kg_aside_reparse")
def make_aside_reparse(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The repair as a pipeline component; it runs the pipeline's own steps up to the parser on the shorter copy."""

    parse = steps(nlp, lambda step: step in PARSE_STEPS)

    def aside_reparse(doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        for sent in list(doc.sents):
            if len(sent) > MAX_SENTENCE:
                continue
            shortenings = [_raised(sent)] + [_shortening(sent, verb) for verb in _needy_verbs(sent)]
            for shortening in shortenings:
                if shortening is not None and _reparse(doc, sent.start, sent.end, shortening, parse):
                    break  # one repair a sentence: the new tree is what the next check would read
        return doc

    return aside_reparse


def _needy_verbs(sent: Span) -> Iterator[Token]:
    """Past-tense verbs (or past forms the tagger took for adjectives or nouns right after an aside) with no subject
    of their own and an aside mark somewhere before them in the sentence."""
    for token in sent:
        if token.i == sent.start or not _mark_before(sent, token):
            continue
        if (_has_subject(token) and not _aside_subject(token)) or _coordinated(sent, token):
            continue
        after_aside = _is_mark(sent.doc, token.i - 1, closing=True)
        past_form = token.is_alpha and token.is_lower and (token.lower_.endswith("ed") or token.lower_ in PASTS)
        if token.lower_ in COPULAS_AND_SAYING or _is_mark(sent.doc, token.i + 1):
            # "A car bomb, planted, police said, by members of X, killed ...": a participle aside of its own
            continue  # and "..., an aide to the minister said": the subject after the aside is the speaker's
        if token.tag_ == "VBD" or (after_aside and past_form and token.tag_ in ("JJ", "NN", "VBN", "NNS")):
            yield token


def _raised(sent: Span) -> Shortening | None:
    """ "Fighters said to belong to the X Battalion blew up a bridge", "Gunmen believed to be from Y shot dead ...": a
    reduced "said / believed to ..." after the doer that the small model takes for the main verb, the real verb left
    without a subject; the copy leaves the reduced clause out, and it hangs back on the doer."""
    for verb in sent:
        if verb.tag_ != "VBD" or _has_subject(verb) or verb.dep_ not in ("ccomp", "conj", "dep", "parataxis"):
            continue
        raiser = verb.head
        if raiser.i >= verb.i or raiser.lower_ not in RAISERS or raiser.i == sent.start:
            continue
        doer = sent.doc[raiser.i - 1]
        infinitive = any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in raiser.children)
        if not infinitive or not doer.tag_.startswith("NN") or _is_mark(sent.doc, raiser.i - 1):
            continue
        if verb.i - raiser.i > MAX_ASIDE or any(_is_mark(sent.doc, i) for i in range(raiser.i, verb.i)):
            continue
        return Shortening(verb.i, sent.start, raiser.i, ((raiser.i, verb.i, "acl"),))
    return None


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in token.children)


def _aside_subject(verb: Token) -> bool:
    """True when the verb's only subject is the part of the doer an aside tells ("a band of gunmen, some of them in
    police uniforms, stormed ..."): "some / many / all of them" right after a comma."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].lower_ not in PART_WORDS or not _is_mark(verb.doc, subjects[0].i - 1):
        return False
    return any(o.lower_ in ("them", "whom") for p in subjects[0].children if p.lower_ == "of" for o in p.children)


def _coordinated(sent: Span, token: Token) -> bool:
    """A verb after "and"/"or"/"but" shares the subject before it ("stormed the village and killed five")."""
    i = token.i - 1
    while i > sent.start and sent.doc[i].tag_ in ("RB", "RBR", "RP"):
        i -= 1
    return sent.doc[i].tag_ == "CC" or token.dep_ in ("xcomp", "pcomp", "relcl", "acl", "advcl", "ccomp")


def _is_mark(doc: Doc, i: int, *, closing: bool = False) -> bool:
    if i < 0 or i >= len(doc):
        return False
    token = doc[i]
    if token.text in COMMA_MARKS:
        return True
    if token.text in DASH_MARKS:
        return bool(token.whitespace_) and i > 0 and bool(doc[i - 1].whitespace_)
    return token.text in (BRACKETS.values() if closing else BRACKETS.keys() | set(BRACKETS.values()))


def _mark_before(sent: Span, token: Token) -> bool:
    return any(_is_mark(sent.doc, i) for i in range(sent.start + 1, token.i))


def _segments(sent: Span, end: int) -> list[tuple[int, int]]:
    """The sentence before ``end`` cut at aside marks: (start, end) token ranges, each holding its opening mark."""
    cuts = [sent.start] + [i for i in range(sent.start + 1, end) if _is_mark(sent.doc, i)] + [end]
    pieces: list[tuple[int, int]] = []
    for start, stop in zip(cuts, cuts[1:], strict=False):
        if sent.doc[start].text in BRACKETS.values() and start + 1 < stop:
            pieces.append((start, start + 1))  # the closing bracket ends the aside it closes
            start += 1
        if start < stop:
            pieces.append((start, stop))
    return pieces


def _words(doc: Doc, start: int, end: int) -> list[Token]:
    return [t for t in doc[start:end] if not _is_mark(doc, t.i) and t.tag_ not in ("``", "''", '"')]


def _noun_phrase(doc: Doc, start: int, end: int) -> bool:
    """A segment that may hold the doer: a plain noun phrase, not a clause, a time, a place or a part of the doer."""
    words = _words(doc, start, end)
    if not words or len(words) > MAX_ASIDE or words[0].tag_ not in NOUN_PHRASE_OPENERS:
        return False
    if words[0].lower_ in RELATIVE_WORDS or any(t.tag_ in FINITE_TAGS for t in words):
        return False
    if words[0].lower_ in PART_WORDS and len(words) > 1 and words[1].lower_ == "of":
        return False
    if words[0].tag_ == "VBN":
        return False  # "Disguised as soldiers": a fronted participle
    return not all(t.lower_ in TIME_WORDS or t.tag_ == "CD" or t.like_num for t in words)


def _aside(doc: Doc, start: int, end: int) -> bool:
    """True when a segment may be left out: no clause of its own (a finite verb) unless it is a relative clause or
    bracketed, and no list ("Iran and Turkey")."""
    words = _words(doc, start, end)
    if not words:
        return True
    if doc[start].text in BRACKETS or doc[start].text in DASH_MARKS:
        return True
    if words[0].lower_ in RELATIVE_WORDS and not doc[start].is_sent_start:
        return True  # "X, who ..., attacked"; not "When X attacked Y, Z retaliated": a clause of its own
    return not any(t.tag_ in FINITE_TAGS or t.tag_ == "CC" for t in words)


def _shortening(sent: Span, verb: Token) -> Shortening | None:
    """What to leave out of ``sent`` so that ``verb`` finds its subject, or None when the sentence has no such
    shape: the doer's segment and the verb with the rest of the sentence are kept, the segments between dropped."""
    doc = sent.doc
    pieces = _segments(sent, verb.i)
    if len(pieces) < 2:
        return None
    own_start, _ = pieces[-1]
    lead = [t for t in _words(doc, own_start, verb.i) if t.tag_ not in ("RB", "RBR")]
    if lead:
        # "Disguised as soldiers, members of the group killed ...": the doer is in the verb's own segment.
        if not _noun_phrase(doc, own_start, verb.i) or not all(_aside(doc, s, e) for s, e in pieces[:-1]):
            return None
        fronted = [(s, e, "verb") for s, e in pieces[:-1]] + [(own_start, lead[0].i, "verb")]
        return Shortening(verb.i, lead[0].i, verb.i, tuple(x for x in fronted if x[0] < x[1]))
    doers = [n for n, (s, e) in enumerate(pieces[:-1]) if _noun_phrase(doc, s, e)]
    if not doers:
        return None
    n = doers[0]
    between = pieces[n + 1 :]
    if not all(_aside(doc, s, e) for s, e in pieces[:n] + between):
        return None  # "Amina, Idris and Hauwa were shot": a list, not an aside; "X said ..., Y attacked": a clause
    if any(len(_words(doc, s, e)) > MAX_ASIDE for s, e in between):
        return None
    start, end = pieces[n]
    words = _words(doc, start, end)
    left_out = [(s, e, "verb") for s, e in pieces[:n]] + [(start, words[0].i, "verb")]
    left_out += [(s, e, "doer") for s, e in between]
    return Shortening(verb.i, words[0].i, end, tuple(x for x in left_out if x[0] < x[1]))


def _reparse(doc: Doc, sent_start: int, sent_end: int, cut: Shortening, parse: Callable[[Doc], Doc]) -> bool:
    """Parse the sentence again without the asides and write the tree back (kg/extract/shadowparse.py); False
    (nothing changed) when the verb comes out without a subject or the copy is not one sentence."""
    dropped = {i for s, e, _ in cut.left_out for i in range(s, e)}
    kept = [t for t in doc[sent_start:sent_end] if t.i not in dropped]
    if len(kept) < 3:
        return False
    shadow = Shadow(doc, kept, norms=True)
    short = shadow.parse(parse)
    new_verb = shadow.token(doc[cut.verb])
    if not new_verb.tag_.startswith("VB") or not _has_subject(new_verb):
        return False
    if any(c.dep_ == "agent" for c in new_verb.children) and not any(c.dep_ == "auxpass" for c in new_verb.children):
        return False  # "A car bomb planted by X": a participle read as an active verb
    if sum(1 for _ in short.sents) != 1:
        return False
    subject = next(c for c in new_verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl"))
    if shadow.kept[subject.i] < cut.doer_start and subject.dep_ != "expl":
        return False  # the subject must come from the doer's segment or after it
    doer_head = doc[_phrase_head(shadow, cut)]
    verb = doc[cut.verb]
    attached: list[Attached] = []
    for start, end, anchor in cut.left_out:
        on = verb if anchor == "verb" else doer_head
        for token, (head, dep) in _hung_back(doc, start, end, on, verb, clause=anchor == "acl"):
            attached.append((token, head, dep, None))
    shadow.write_back(doc[sent_start:sent_end], [HEAD, DEP, TAG], attached=attached)
    return True


def _phrase_head(shadow: Shadow, cut: Shortening) -> int:
    """The Doc's index of the head word of the doer's segment as the copy parsed it."""
    inside = [shadow.copy[shadow.position[i]] for i in range(cut.doer_start, cut.doer_end) if i in shadow.position]
    for token in inside:
        if not (inside[0].i <= token.head.i <= inside[-1].i) or token.head.i == token.i:
            return shadow.kept[token.i]
    return shadow.kept[inside[-1].i]


def _hung_back(
    doc: Doc, start: int, end: int, anchor: Token, verb: Token, *, clause: bool = False
) -> Iterator[tuple[Token, tuple[Token, str]]]:
    """Where the words of one aside hang: its inner tree stays; its top word hangs on the anchor (an apposition,
    relative or participle clause on the doer; a fronted phrase or a source on the verb), marks and any other
    loose word on that top word."""
    inside = range(start, end)
    tops = [t for t in doc[start:end] if t.head.i not in inside or t.head.i == t.i]
    words = [t for t in tops if not _is_mark(doc, t.i) and not t.is_punct]
    main = max(words, key=lambda t: len(list(t.subtree)), default=None)
    if main is None:
        for token in tops:
            yield token, (anchor, "punct")
        return
    yield main, (anchor, "acl" if clause else _label(doc, start, end, main, anchor is verb))
    for token in tops:
        if token.i != main.i:
            yield token, (main, "punct" if token.is_punct else token.dep_ if token.dep_ != "ROOT" else "dep")


def _label(doc: Doc, start: int, end: int, main: Token, on_verb: bool) -> str:
    first = next((t for t in doc[start:end] if not _is_mark(doc, t.i)), main)
    if first.lower_ in RELATIVE_WORDS:
        return "relcl"
    if main.tag_ == "IN" or main.tag_ == "VBG" and main.lower_ == "according":
        return "prep"
    if main.tag_.startswith("VB"):
        finite = main.tag_ in FINITE_TAGS and any(c.dep_ == "nsubj" for c in main.children)
        return "parataxis" if finite else "advcl" if on_verb else "acl"
    return "npadvmod" if on_verb else "appos"
