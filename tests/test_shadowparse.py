"""The shared part of parse repairs (kg/extract/shadowparse.py), on Docs built by hand: no model.  A copy of some of
a Doc's words is "parsed" by a stand-in that gives it a fixed tree, and the tree must come back onto the right
tokens of the Doc, with heads mapped through the alignment and the dropped words hung where the repair says."""

from __future__ import annotations

import spacy
from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extract.shadowparse import Shadow, steps


def _misparsed() -> Doc:
    # "a motorcycle shot" read as one noun phrase: the sentence has no verb.
    words = ["Gunmen", "on", "a", "motorcycle", "shot", "a", "teacher", "in", "Kelbari", "."]
    heads = [0, 0, 4, 4, 1, 6, 0, 6, 7, 0]
    deps = ["ROOT", "prep", "det", "compound", "pobj", "det", "appos", "prep", "pobj", "punct"]
    tags = ["NNS", "IN", "DT", "NN", "NN", "DT", "NN", "IN", "NNP", "."]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)


def _tree(heads: list[int], deps: list[str], tags: list[str]):
    """A stand-in parser: the copy's words with this tree."""

    def parse(copy: Doc) -> Doc:
        words = [t.text for t in copy]
        return Doc(
            copy.vocab, words=words, spaces=[bool(t.whitespace_) for t in copy], heads=heads, deps=deps, tags=tags
        )

    return parse


def test_a_copy_without_some_words_gives_the_doc_its_tree_and_hangs_them_back():
    doc = _misparsed()
    dropped = doc[1:4]  # "on a motorcycle"
    shadow = Shadow(doc, [t for t in doc if not dropped.start <= t.i < dropped.end], norms=True)
    assert [t.text for t in shadow.copy] == ["Gunmen", "shot", "a", "teacher", "in", "Kelbari", "."]
    # "Gunmen shot a teacher in Kelbari ." parsed right: "shot" the root, "Gunmen" its subject.
    shadow.parse(
        _tree(
            heads=[1, 1, 3, 1, 1, 4, 1],
            deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
            tags=["NNS", "VBD", "DT", "NN", "IN", "NNP", "."],
        )
    )
    assert shadow.token(doc[4]).text == "shot" and shadow.token(doc[4]).dep_ == "ROOT"
    gunmen, on, a, motorcycle, shot = doc[0], doc[1], doc[2], doc[3], doc[4]
    attached = [(on, gunmen, "prep", None), (a, motorcycle, "det", None), (motorcycle, on, "pobj", None)]
    shadow.write_back(doc[:], (HEAD, DEP, TAG), attached=attached)
    assert doc.text == "Gunmen on a motorcycle shot a teacher in Kelbari . "
    assert (shot.dep_, shot.tag_, shot.head.i) == ("ROOT", "VBD", shot.i)
    assert (gunmen.dep_, gunmen.head.text) == ("nsubj", "shot")
    assert (doc[6].dep_, doc[6].head.text) == ("dobj", "shot")
    assert (doc[8].dep_, doc[8].head.text) == ("pobj", "in")
    assert [(t.text, t.dep_, t.head.text) for t in dropped] == [
        ("on", "prep", "Gunmen"),
        ("a", "det", "motorcycle"),
        ("motorcycle", "pobj", "on"),
    ]
    assert motorcycle.tag_ == "NN"  # no tag given: the one it had


def test_a_dropped_word_may_take_a_tag_and_tokens_outside_the_write_keep_theirs():
    doc = _misparsed()
    shadow = Shadow(doc, [t for t in doc if t.i != 1], norms=True)
    shadow.parse(_tree(heads=[0] * 9, deps=["ROOT"] + ["dep"] * 8, tags=["XX"] * 9))
    shadow.write_back(doc[:3], (HEAD, DEP, TAG), attached=[(doc[1], doc[0], "advmod", "RB")])
    assert (doc[1].dep_, doc[1].tag_, doc[1].head.text) == ("advmod", "RB", "Gunmen")
    assert doc[2].tag_ == "XX" and doc[2].head.text == "Gunmen"  # written: its head mapped back over the gap
    assert doc[6].tag_ == "NN" and doc[6].dep_ == "appos"  # not written


def test_a_span_written_otherwise_gives_its_tokens_tags_lemmas_and_entities_and_keeps_the_text():
    vocab = spacy.blank("en").vocab
    words = ["Gunmen", "Storm", "Police", "Station", "In", "Kelbari", "\n", "Gunmen", "stormed", "it", "."]
    doc = Doc(vocab, words=words, spaces=[True] * 5 + [False, False] + [True] * 2 + [False, False])
    doc.ents = [Span(doc, 0, 4, label="PERSON")]
    doc.ents = [*doc.ents, Span(doc, 7, 8, label="NORP")]
    headline = doc[:6]
    lowered = ["Gunmen", "storm", "police", "station", "in", "Kelbari"]
    shadow = Shadow(doc, headline, lowered, one_sentence=True)
    assert [t.text for t in shadow.copy] == lowered
    assert not any(t.is_sent_start for t in shadow.copy[1:])

    def parse(copy: Doc) -> Doc:
        tree = Doc(
            copy.vocab,
            words=[t.text for t in copy],
            heads=[1, 1, 3, 1, 1, 4],
            deps=["nsubj", "ROOT", "compound", "dobj", "prep", "pobj"],
            tags=["NNS", "VBP", "NN", "NN", "IN", "NNP"],
            pos=["NOUN", "VERB", "NOUN", "NOUN", "ADP", "PROPN"],
            lemmas=["gunman", "storm", "police", "station", "in", "Kelbari"],
            ents=["O", "O", "O", "O", "O", "B-GPE"],
        )
        return tree

    shadow.parse(parse)
    shadow.write_back(headline, (TAG, POS, LEMMA, HEAD, DEP))
    shadow.write_entities(headline)
    assert doc.text.startswith("Gunmen Storm Police Station In Kelbari\n")
    assert [(t.text, t.pos_, t.lemma_) for t in doc[:2]] == [("Gunmen", "NOUN", "gunman"), ("Storm", "VERB", "storm")]
    assert doc[0].head.text == "Storm" and doc[3].head.text == "Storm"
    assert [(e.text, e.label_) for e in doc.ents] == [("Kelbari", "GPE"), ("Gunmen", "NORP")]


@Language.factory("shadowparse_test_mark")
def _make_mark(nlp: Language, name: str):
    def mark(doc: Doc) -> Doc:
        doc.user_data.setdefault("ran", []).append(name)
        return doc

    return mark


def test_steps_run_the_wanted_components_in_the_pipeline_order_and_a_hook_after_one():
    nlp = spacy.blank("en")
    for name in ("first", "second", "third"):
        nlp.add_pipe("shadowparse_test_mark", name=name)
    hook = {"second": lambda doc: doc.user_data["ran"].append("hook")}
    doc = steps(nlp, lambda name: name != "second", after=hook)(nlp.make_doc("Gunmen stormed it."))
    assert doc.user_data["ran"] == ["first", "hook", "third"]
    nlp.add_pipe("shadowparse_test_mark", name="fourth", first=True)  # read when the copy is parsed
    doc = steps(nlp, lambda name: name in ("fourth", "third"))(nlp.make_doc("Gunmen stormed it."))
    assert doc.user_data["ran"] == ["fourth", "third"]
