"""A counter-attack is an incident of its own: the side attacked strikes back, and the gold data, like an analyst,
counts the attack and the answer as two events ("Boko Haram fighters overran a Chadian army position ... Chadian
troops later launched a counteroffensive").

kg.extract.incidents merges the mentions of one incident, and "the counter-attack" looks to it like "the attack"
named again, while ", killing 80 militants" after it looks like the attack's toll.  :func:`barrier` gives the
offset from which a mention belongs to the answer: a mention cannot join an incident told before it.  It reads
the words of the sentence, as the incident rules do (no parse): the counter-deed word at or before the trigger
("Afghan forces launched a counter-attack, killing 20", "In a counter-attack, troops killed 20"), from the start of
its clause, or a counter-deed
phrase hung on the trigger after it ("the army said it killed 80 militants in the counter-attack").  Repelling
("troops repelled the assault") is not an answer of its own: the gold data keeps the defence in the attack's event.
"""

from __future__ import annotations

import re

from kg.models import Event

# "counter-attack", "counterattacked", "counter-offensive", "counter assault", "counterstrikes"; not
# "counter-terrorism" or "counter-insurgency" (a field of work, no deed).
COUNTER_DEED = re.compile(r"\bcounter[- ]?(?:attack|offensive|assault|strike|raid)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?]")
# The deed hung on the trigger after it, within its clause: "killed 80 militants in the counter-attack".
_IN_COUNTER = re.compile(
    r"^[^,;:.!?]*?\b(?:in|during|with)\s+(?:a|an|the|their|its|his|her)?\s*(?:\w+\s+)?" + COUNTER_DEED.pattern,
    re.IGNORECASE,
)


def barrier(event: Event) -> int:
    """The offset in ``event``'s sentence from which it tells a counter-attack, or -1: a mention at or after such a
    word, or one whose clause says it happened in the counter-attack, joins no incident told before it."""
    start, text = event.sentence.start, event.sentence.text
    end = max(0, event.trigger.end - start)
    found = -1
    for match in COUNTER_DEED.finditer(text[:end]):
        # "Afghan forces counter-attacked", "launched a counteroffensive, killing 20"; from the start of its clause, so
        # that "it killed 80 militants in the counter-attack" is one answer
        found = start + max((m.end() for m in _CLAUSE_END.finditer(text[: match.start()])), default=0)
    if found < 0 and _IN_COUNTER.match(text[end:]):
        found = event.trigger.start  # "it killed 80 militants in the counter-attack"
    return found
