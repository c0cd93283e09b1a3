"""One name, one reading across a document (kg.extract.nameechoes), on hand-set entities: no model needed."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from kg.extract.nameechoes import name_echoes


def _doc(text: str, tagged: list[tuple[int, str, str]]):
    """``text`` with the names ``tagged`` (character offset, words, label) set as its entities, then echoed."""
    nlp = spacy.blank("en")
    doc = nlp(text)
    spans = []
    for start, words, label in tagged:
        assert text[start : start + len(words)] == words
        spans.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = spans
    return name_echoes(doc)


def test_an_untagged_occurrence_of_a_tagged_name_takes_its_label():
    doc = _doc(
        "Lake Region Volunteers. The Lake Region Volunteers were a militia. Its fighters fought.",
        [(0, "Lake Region Volunteers", "ORG")],
    )
    assert [(e.text, e.label_) for e in doc.ents] == [("Lake Region Volunteers", "ORG")] * 2


def test_a_name_tagged_two_ways_or_run_on_into_a_longer_name_is_left_alone():
    doc = _doc("Kembu said. Kembu is a town. Troops left Kembu.", [(0, "Kembu", "ORG"), (12, "Kembu", "GPE")])
    assert len(doc.ents) == 2  # read as an ORG and as a GPE: no one reading to give the third
    doc = _doc("Sedi attacked. They fled to Lower Sedi and to Sedi.", [(0, "Sedi", "ORG")])
    assert [e.start_char for e in doc.ents] == [0, 46]  # not the "Sedi" of "Lower Sedi"
    doc = _doc("Troops left Kachhi. The Kachhi-Bolan attacks went on.", [(12, "Kachhi", "GPE")])
    assert len(doc.ents) == 1  # "Kachhi" of "Kachhi-Bolan" is a part of another name


def test_a_gazetteer_name_and_a_short_word_are_not_echoed():
    nlp = spacy.blank("en")
    doc = nlp("ISIS struck. ISIS fled. Bo left. Bo came.")
    doc.ents = [Span(doc, 0, 1, label="ORG", span_id="gaz:islamic-state"), Span(doc, 6, 7, label="PERSON")]
    assert len(name_echoes(doc).ents) == 2


def test_an_acronym_read_as_a_person_is_not_spread():
    doc = _doc("The SPLA-IO split. Forces of the SPLA-IO clashed.", [(33, "SPLA-IO", "PERSON")])
    assert [e.start_char for e in doc.ents] == [33]
