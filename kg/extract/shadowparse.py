"""Parse repairs' shared part: a copy of some of a Doc's words parsed on its own, and its tree written back.

The small model misreads some sentences in known ways, and reads them right when a few words are gone or written
otherwise: kg/extract/reparse.py drops the vehicle a doer rides on ("gunmen on a motorcycle shot dead ...") and the
"since" before a participle, kg/extract/headcase.py lowers a title-case headline's common words.  Each repair
decides which words to drop or change and whether the copy's reading is better; this module does the rest once:

* :class:`Shadow` builds the copy (the Doc's tokens minus the dropped ones, or one span with other words), keeps
  the alignment of copy tokens to the Doc's, and runs the pipeline's steps on it (:func:`steps`);
* :meth:`Shadow.write_back` gives the Doc's tokens the copy's attributes (tags, dependencies, and lemmas,
  morphology and so on as asked), with each head mapped back through the alignment, and hangs the dropped words
  where the repair says; :meth:`Shadow.write_entities` gives a span the copy's entities.  The text and every
  offset of the Doc stay as they were.

To add a repair: write a pipeline component in a module of its own (``@Language.factory("kg_..._reparse")``; add
it in kg.extract.nlp.load after the step whose output it repairs) that, for each sentence it repairs,

1. finds what misleads the model and builds ``Shadow(doc, tokens, words)``: ``tokens`` the Doc's tokens the copy
   keeps, ``words`` their text in the copy when it changes (the norms stay the Doc's with ``norms=True``);
2. parses it: ``shadow.parse(steps(nlp, wanted))``, ``wanted`` the pipeline components to run (the tagger and the
   parser, and the sentence splitters when the copy spans several sentences);
3. decides from ``shadow.copy`` and ``shadow.token(t)`` whether the new reading is better (the verb a verb with a
   subject, one root, the sentence's bounds kept), and returns without a write if not;
4. calls ``shadow.write_back(sentence, attrs, attached=...)`` with the attributes it trusts the copy for, giving
   each dropped word a head, a label and, if it needs one, a tag.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import cast

import numpy
from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

# A word left out of the copy, hung back on the Doc's tree: (the word, its head, its dependency label, its tag or
# None to keep the tag it had).
Attached = tuple[Token, Token, str, str | None]


class Shadow:
    """A copy of ``tokens`` of ``doc`` (in order, with their spacing), written with ``words`` when given; with
    ``norms`` the copy's tokens keep the Doc's norms, with ``one_sentence`` the copy is one sentence."""

    def __init__(
        self,
        doc: Doc,
        tokens: Iterable[Token],
        words: Sequence[str] | None = None,
        *,
        norms: bool = False,
        one_sentence: bool = False,
    ) -> None:
        tokens = list(tokens)
        self.doc = doc
        self.kept = [t.i for t in tokens]  # the Doc's index of each copy token
        self.position = {i: n for n, i in enumerate(self.kept)}  # the copy's index of each kept Doc token
        texts = [t.text for t in tokens] if words is None else list(words)
        self.copy = Doc(doc.vocab, words=texts, spaces=[bool(t.whitespace_) for t in tokens])
        if norms:
            for old, new in zip(tokens, self.copy, strict=True):
                new.norm_ = old.norm_
        if one_sentence:
            for token in self.copy[1:]:
                token.is_sent_start = False

    def parse(self, run: Callable[[Doc], Doc]) -> Doc:
        """The copy, parsed by ``run`` (:func:`steps`)."""
        self.copy = run(self.copy)
        return self.copy

    def token(self, original: Token) -> Token:
        """The copy's token for a kept token of the Doc."""
        return self.copy[self.position[original.i]]

    def write_back(self, tokens: Iterable[Token], attrs: Sequence[int], *, attached: Iterable[Attached] = ()) -> None:
        """Give ``tokens`` of the Doc (kept ones; others are skipped) the copy's values of ``attrs`` (spaCy attribute
        ids; a HEAD is mapped back to the Doc's token), and each ``attached`` word its head, label and tag (HEAD and
        DEP, and TAG for a tag, must be among ``attrs``), in one write."""
        doc = self.doc
        array = numpy.asarray(doc.to_array(list(attrs)), dtype=numpy.uint64)  # a head is an offset, wrapped
        copied = numpy.asarray(self.copy.to_array(list(attrs)), dtype=numpy.uint64)
        columns = {attr: n for n, attr in enumerate(attrs)}
        for token in tokens:
            n = self.position.get(token.i)
            if n is None:
                continue
            for attr, column in columns.items():
                if attr == HEAD:
                    array[token.i, column] = _offset(self.kept[self.copy[n].head.i] - token.i)
                else:
                    array[token.i, column] = copied[n, column]
        for token, head, dep, tag in attached:
            array[token.i, columns[HEAD]] = _offset(head.i - token.i)
            array[token.i, columns[DEP]] = doc.vocab.strings.add(dep)
            if tag is not None:
                array[token.i, columns[TAG]] = doc.vocab.strings.add(tag)
        doc.from_array(list(attrs), cast(Ints2d, array))

    def write_entities(self, span: Span) -> None:
        """Give ``span`` of the Doc the copy's entities over its tokens, and keep the Doc's others."""
        doc = self.doc
        outside = [e for e in doc.ents if e.end <= span.start or e.start >= span.end]
        inside = [
            Span(doc, self.kept[e.start], self.kept[e.end - 1] + 1, label=e.label_, kb_id=e.kb_id_, span_id=e.id_)
            for e in self.copy.ents
        ]
        doc.ents = sorted(outside + inside, key=lambda e: e.start)


def steps(
    nlp: Language, wanted: Callable[[str], bool], after: Mapping[str, Callable[[Doc], None]] | None = None
) -> Callable[[Doc], Doc]:
    """The pipeline's components whose names are ``wanted``, in the pipeline's order (read when the copy is parsed),
    as one function; ``after`` names a component after which a repair adjusts the copy (when that component is
    in the pipeline)."""

    def run(doc: Doc) -> Doc:
        for name, component in nlp.pipeline:
            if wanted(name):
                doc = component(doc)
            if after is not None and name in after:
                after[name](doc)
        return doc

    return run


def _offset(delta: int) -> numpy.uint64:
    return numpy.uint64(delta % 2**64)
