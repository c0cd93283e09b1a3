"""The two sides of fighting told with "pitting X against Y" or "opposing X to Y", read off the words.

Wire copy from the Sahel and copy translated from French tell clashes as "clashes pitting Fulani herders against
Dogon hunters" or "fighting opposing the army to jihadists of the JNIM" ("affrontements opposant X à Y"). The small
model reads "pitting" as the sentence's verb and the first side as the subject of the verb after it, so the clash
noun has no "between" and no "with": the sides are read from the words right after the trigger instead, each the
head noun of a plain noun phrase, the first ended by "against", "to", "and" or "with".
"""

from __future__ import annotations

from spacy.tokens import Token

PITTING_WORDS = frozenset({"pitting", "pitted", "opposing", "involving"})
SIDE_LINKS = {"pitting": ("against", "and"), "pitted": ("against",), "opposing": ("to", "and"), "involving": ("and",)}
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
MAX_SIDE = 10  # tokens


def sides(trigger: Token) -> list[Token]:
    """The head nouns of the two sides after "pitting" / "opposing" right after ``trigger`` ("clashes pitting
    Fulani herders against Dogon hunters" -> herders, hunters); [] when the words are not that shape."""
    doc = trigger.doc
    verb = trigger.i + 1
    if verb >= len(doc) or doc[verb].lower_ not in PITTING_WORDS:
        return []
    first, end = _side(trigger, verb + 1)
    if first is None or end >= len(doc) or doc[end].lower_ not in SIDE_LINKS[doc[verb].lower_]:
        return []
    second, _ = _side(trigger, end + 1)
    return [first, second] if second is not None else []


def _side(trigger: Token, start: int) -> tuple[Token | None, int]:
    """The head noun of the plain noun phrase from ``start`` (its last noun before an "of") and where it ends."""
    doc, head, i = trigger.doc, None, start
    while i < min(len(doc), start + MAX_SIDE) and i < trigger.sent.end:
        token = doc[i]
        if token.lower_ == "of" and head is not None and i + 1 < len(doc) and doc[i + 1].pos_ in _PHRASE_POS:
            i += 1  # "jihadists of the JNIM": the head stays "jihadists"
            while i < len(doc) and doc[i].pos_ in _PHRASE_POS:
                i += 1
            return head, i
        if token.pos_ not in _PHRASE_POS and not (token.text == "-" and not token.whitespace_):
            break
        if token.pos_ in ("NOUN", "PROPN"):
            head = token
        i += 1
    return head, i
