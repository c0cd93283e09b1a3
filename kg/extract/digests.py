"""Monitoring digests: lines that each tell an incident, opened alike ("- 10 May, Borno: ...", "* 4 June (Gao): ...").

A digest's first line looks like a headline over a story (short, clipped: "five soldiers killed"), but it is an item
like the lines after it, and an item is an incident of its own: kg.extract.incidents joins a headline's event to the
story's first event, which would make two items one incident.  :func:`is_item` tells such a line by its opening mark,
which another line of the document repeats.
"""

from __future__ import annotations

from spacy.tokens import Span

# Marks that open the items of a list.
ITEM_MARKS = frozenset({"-", "*", "\u2022", "\u2013", "\u2014", "\u25aa", "\u00b7", ">"})


def is_item(sent: Span) -> bool:
    """True when ``sent`` opens with a list mark that opens another line of the document as well."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.text not in ITEM_MARKS:
        return False
    doc = sent.doc
    for token in doc[1:]:
        if (
            token.i != first.i
            and token.text == first.text
            and "\n" in doc[token.i - 1].text + doc[token.i - 1].whitespace_
        ):
            return True
    return False
