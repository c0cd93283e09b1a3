"""What may fill a role (kg.extract.roles.can_fill), on parses built by hand."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extract import roles


def _doc(words, heads, deps, pos, lemmas, ents=None):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)


def test_numbers_fill_a_role_only_with_an_of_phrase_or_as_counted_victims_of_a_noun_told():
    doc = _doc(
        ["killing", "2", "and", "18", "of", "25", "drones"],
        [0, 0, 1, 1, 3, 6, 4],
        ["ROOT", "dobj", "cc", "conj", "prep", "nummod", "pobj"],
        ["VERB", "NUM", "CCONJ", "NUM", "ADP", "NUM", "NOUN"],
        ["kill", "2", "and", "18", "of", "25", "drone"],
    )
    assert not roles.can_fill(doc[1], doer=False)  # "killing 2": a bare count names nobody
    assert not roles.can_fill(doc[1], doer=True)
    assert roles.can_fill(doc[3], doer=False)
    told = _doc(
        ["ambushed", "2", "guards", "killing", "2"],
        [0, 2, 0, 0, 3],
        ["ROOT", "nummod", "dobj", "advcl", "dobj"],
        ["VERB", "NUM", "NOUN", "VERB", "NUM"],
        ["ambush", "2", "guard", "kill", "2"],
    )
    assert roles.can_fill(told[4], doer=False)  # "ambushed 2 guards, killing 2": the guards, counted again
    year = _doc(
        ["attacked", "in", "2014"],
        [0, 0, 1],
        ["ROOT", "prep", "pobj"],
        ["VERB", "ADP", "NUM"],
        ["attack", "in", "2014"],
    )
    assert not roles.can_fill(year[2], doer=False)


def test_a_weapon_is_a_target_but_no_doer_unless_an_actor_owns_it():
    doc = _doc(
        ["a", "landmine", "Russian", "missiles", "-"],
        [1, 1, 3, 3, 3],
        ["det", "ROOT", "amod", "ROOT", "punct"],
        ["DET", "NOUN", "ADJ", "NOUN", "PUNCT"],
        ["a", "landmine", "russian", "missile", "-"],
        ents=["O", "O", "B-NORP", "O", "O"],
    )
    assert not roles.can_fill(doc[1], doer=True)
    assert roles.can_fill(doc[1], doer=False)
    assert roles.can_fill(doc[3], doer=True)
    assert not roles.can_fill(doc[4], doer=False)


def test_a_bomb_going_off_is_never_what_was_hit():
    doc = _doc(
        ["bomber", "set", "off", "the", "explosion", "near", "the", "office"],
        [1, 1, 1, 4, 1, 1, 7, 5],
        ["nsubj", "ROOT", "prt", "det", "dobj", "prep", "det", "pobj"],
        ["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN"],
        ["bomber", "set", "off", "the", "explosion", "near", "the", "office"],
    )
    assert not roles.can_fill(doc[4], doer=False)  # "set off the explosion": the deed
    assert roles.can_fill(doc[7], doer=False)  # "near the office": a place it may have hit
