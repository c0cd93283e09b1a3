"""Where a feed item's story begins when its title runs straight into it with no mark between them: AG News-style
items are a title and a description joined by one space ("Al-Aqsa gunmen storm Gaza governor's office Gunmen from
the al-Aqsa Martyrs Brigades stormed ...", "Top LRA commander surrenders to Ugandan army A senior commander of ...",
'US jets strike Fallujah targets "We had hits on all targets," a spokesman said ...').  Read as one sentence, the
title's object and the story's subject become one phrase ("Gaza governor's office Gunmen") and the title's deed and
the story's are two incidents.  The sentence splitter (:func:`kg.extract.nlp.line_sentences`) starts a sentence at
the story's first word, and the title becomes a headline sentence of its own (``nlp._headline_ese``).

Items with an agency tag or a dateline between the two ("(Reuters) Reuters -", "BAGHDAD, Iraq -") are split by the
dateline readers of kg.extract.nlp; this module only reads a document's first line that has neither.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Words a title has at most before its story begins (a story's opening sentence is longer than a title).
MAX_TITLE_WORDS = 16
# Tokens of the story's first clause read for its verb.
_CLAUSE = 20
# Tags of a title's last word (the splitter runs after the tagger, before the parser and the NER) that a story's
# capitalised first word can follow: a title ends on its object or a state ("... governor's office", "... 12 dead",
# "... no injuries"), not on a verb, a figure or a preposition whose object is a name ("kill Turkish hostage",
# "kills three Afghan soldiers", "in Gaza").
_TITLE_ENDS = frozenset({"NN", "NNS", "JJ"})
_ARTICLES = frozenset({"A", "An", "The"})


def run_in_lead(doc: Doc) -> int | None:
    """Index of the token where the story of a title run into it begins, or None: a capitalised word that opens
    a clause with a verb of its own after a lower-case word ending a title of at least three words, with no full
    stop, colon, quote, parenthesis or line break before it ('... targets "We had hits', '... army A senior
    commander ... gave himself up', '... office Gunmen from the al-Aqsa Martyrs Brigades stormed')."""
    words = 0
    for token in doc[: MAX_TITLE_WORDS * 2]:
        if "\n" in token.text or "\n" in token.whitespace_ or token.text in (".", "!", "?", ":", ";", "(", ")"):
            return None
        if token.is_quote:
            quoted = words >= 3 and _opening_quote(doc, token) and _quoted_sentence(doc, token.i)
            return token.i if quoted and _title(doc[: token.i]) else None
        if words >= 3 and _story_opener(doc, token):
            return token.i if _title(doc[: token.i]) else None
        if not token.is_punct:
            words += 1
        if words > MAX_TITLE_WORDS:
            return None
    return None


def _opening_quote(doc: Doc, token: Token) -> bool:
    """A quote opening a quotation after a title's last word: '... targets "We had'."""
    before = doc[token.i - 1]
    return (
        token.i + 1 < len(doc)
        and not token.whitespace_
        and bool(before.whitespace_)
        and (before.is_alpha or before.like_num)
        and doc[token.i + 1].is_title
    )


def _story_opener(doc: Doc, token: Token) -> bool:
    """A capitalised word after a title's last word that is no name the title goes on with: an article after any
    lower-case word ("... army A senior commander", "... shows A militant group"), or a word the tagger read as a
    common one after a lower-case noun or adjective ("dead Insurgents fired"), with a verb of its own after it."""
    before = doc[token.i - 1]
    if not token.is_title or not token.is_alpha or not before.whitespace_ or not before.is_lower:
        return False
    if token.text in _ARTICLES:
        return before.tag_ not in ("DT", "IN", "CC", "TO", "RP", "POS") and _story_clause(doc, token.i)
    if before.tag_ not in _TITLE_ENDS:
        return False
    if token.tag_ in ("NNP", "NNPS"):
        return False  # a name, or a word the tagger read as one
    if token.tag_ == "JJ" and before.tag_ == "JJ":
        return False  # two adjectives of one phrase: "raid on northwest Nigerian village"
    if token.i + 1 >= len(doc) or not doc[token.i + 1].is_lower:
        return False  # a title before a name: "rebel commander Colonel Jean-Pierre", "spokesman Brigadier General"
    return _story_clause(doc, token.i)


def _title(words: Span) -> bool:
    """Words in a headline's clipped grammar: a predicate ("storm", "attacked", "surrenders", "killing") and no
    article ("Al-Aqsa gunmen storm Gaza governor's office"; not "The head of a prominent")."""
    if any(t.lower_ in ("the", "a", "an") and t.is_lower for t in words):
        return False
    return any(t.tag_ in ("VBZ", "VBP", "VBD", "VBN", "VBG") for t in words)


def _quoted_sentence(doc: Doc, start: int) -> bool:
    """True when the quotation opening at ``start`` is a sentence someone said: a verb inside, and a comma or full
    stop before its closing quote ('"We had hits on all targets," a US military spokesman said'), not a name or a
    word quoted inside the title ('Commander Ousmane "Le Lion" Diakite', 'Rebels Will Be \'Crushed\'')."""
    close = next((t.i for t in doc[start + 1 : start + 1 + _CLAUSE * 2] if t.is_quote), None)
    if close is None or doc[close - 1].text not in (",", ".", "!", "?"):
        return False
    return _story_clause(doc, start + 1)


def _story_clause(doc: Doc, start: int) -> bool:
    """True when the words from ``start`` hold a verb in the past or present, as a story's first clause does."""
    clause = doc[start : start + _CLAUSE]
    end = next((t.i for t in clause if t.text in (".", "!", "?")), clause.end)
    return any(t.tag_ in ("VBD", "VBZ", "VBP") for t in doc[start:end])
