"""Typography the small model reads as noise: curly apostrophes and quotes, given their straight twins' features."""

from __future__ import annotations

from spacy.language import Language

# Curly apostrophes and quotes and the straight ones they print as: the model was trained mostly on straight ones.
_TYPOGRAPHIC = {
    "\u2019s": "'s",
    "\u2019": "'",
    "\u2018": "'",
    "s\u2019": "s'",
    "n\u2019t": "n't",
    "\u2019re": "'re",
    "\u2019ve": "'ve",
    "\u2019ll": "'ll",
    "\u2019d": "'d",
    "\u2019m": "'m",
    "\u201c": '"',
    "\u201d": '"',
}


def straight_twins(nlp: Language) -> None:
    """Give each curly-apostrophe or curly-quote token the features of its straight twin (the tagger, parser and NER
    read a token's norm, shape and affixes), so "Russia’s missile strikes" parses as "Russia's missile strikes" does:
    pages and wire copy print curly ones, and the small model hung the possessor elsewhere.  The text is unchanged."""
    for curly, straight in _TYPOGRAPHIC.items():
        twin, lexeme = nlp.vocab[straight], nlp.vocab[curly]
        lexeme.norm_, lexeme.shape_, lexeme.prefix_, lexeme.suffix_ = (
            twin.norm_,
            twin.shape_,
            twin.prefix_,
            twin.suffix_,
        )
