"""When an event happened: the date its own clause names, before the first date of its sentence.

kg.extract.time reads a sentence's dates by pattern; a sentence of an encyclopaedic page or a profile often names
two ("Formed in 2013 by former army officers, the group pledged allegiance to Hayat Tahrir al-Sham in 2018"), and
the first is then another event's.  The clause of the event's verb, without the clauses hung on it (an adverbial,
relative or complement clause, a coordinated verb), holds the date that belongs to the event; where it names none,
the sentence's date stands, as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import time
from kg.extract.syntax import VERB_POS

# Dependencies that hang another clause, with its own moment, on a verb.
_CLAUSES = frozenset({"advcl", "relcl", "acl", "ccomp", "parataxis", "csubj"})


def event_time(trigger: Token, sentence_text: str, anchor: str | None) -> str | None:
    """The time of the event ``trigger`` tells in its sentence: the explicit date of the trigger's own clause, else
    kg.extract.time's reading of the whole sentence."""
    own = _own_clause(trigger)
    if own:
        found = time.explicit(own, anchor)
        if found is not None:
            return found
    return time.resolve(sentence_text, anchor)


def _own_clause(trigger: Token) -> str:
    """The text of the clause of the verb ``trigger`` is or belongs to, the clauses hung on that verb left out; ""
    when the trigger hangs on no verb."""
    verb = trigger
    while verb.pos_ not in VERB_POS:
        if verb.head.i == verb.i:
            return ""
        verb = verb.head
    kept, stack = [], [verb]
    while stack:
        token = stack.pop()
        kept.append(token)
        for child in token.children:
            if child.dep_ in _CLAUSES or (child.dep_ == "conj" and child.pos_ in VERB_POS):
                continue
            stack.append(child)
    kept.sort(key=lambda t: t.i)
    return "".join(
        t.text_with_ws if k + 1 < len(kept) and kept[k + 1].i == t.i + 1 else t.text + " " for k, t in enumerate(kept)
    )
