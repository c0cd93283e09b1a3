"""The side a defector went over to, told by his joining or pledge in the same sentence.

A report of a change of side often tells the leaving and the joining as two deeds of one sentence: "announced my
defection from the Syrian military and that I have joined the Free Syrian Army", "a high-ranking officer announced his
defection ... and said he joined rebel forces", "defected from the group and pledged allegiance to the Islamic
State". The rules read a DEFECTION without a side gone to and an ALLEGIANCE whose side is that side; the side pledged
to is where the defector went. The pledger must be the defector: one of the same actor, a pronoun standing for him, or
a name sharing a word with his ("Mr Farzat" for "Adnan Qassem Farzat"); a stative loyalty ("forces loyal to Assad")
is somebody's standing side, not a move, and gives none.
"""

from __future__ import annotations

from dataclasses import replace

from kg.models import Event, EventType, Mention

# Pronouns a pledger may be written as in the defector's own sentence: "... and said he joined rebel forces".
_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it"})
# Capitalised words of a phrase that name nobody: "The militants" and "The group" share no name.
_NO_NAMES = frozenset({"The", "This", "That", "Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Maj", "Lt", "Capt", "Sgt"})
# Triggers of a standing loyalty, which tell no move: "most of whom have remained loyal to the president" (a pledge of
# loyalty, "swore loyalty to X", is one).
_STANDING = frozenset({"loyal", "loyalist", "loyalists"})


def with_sides_joined(events: list[Event]) -> list[Event]:
    """``events`` with each DEFECTION that names no side gone to given the side its defector joined or pledged to in
    the same sentence (module docstring)."""
    pledges = [e for e in events if e.type is EventType.ALLEGIANCE and e.targets and not e.negated]
    if not pledges:
        return events
    out = []
    for event in events:
        if event.type is EventType.DEFECTION and event.to is None and event.agents:
            side = next((p.targets[0] for p in pledges if _same_move(event, p)), None)
            if side is not None:
                event = replace(event, to=side)
        out.append(event)
    return out


def _same_move(defection: Event, pledge: Event) -> bool:
    """True when ``pledge`` is the defector's own joining, told in the defection's sentence, of a side he did not
    leave."""
    if pledge.sentence != defection.sentence or pledge.trigger.text.lower() in _STANDING:
        return False
    left = {m.entity.key for m in defection.targets}
    if pledge.targets[0].entity.key in left:
        return False
    return any(_same_actor(a, b) for a in defection.agents for b in pledge.agents)


def _same_actor(defector: Mention, pledger: Mention) -> bool:
    """True when the pledger is the defector: one actor, a pronoun, or a name sharing a word ("Mr Farzat")."""
    if defector.entity.key == pledger.entity.key or pledger.span.text.lower() in _PRONOUNS:
        return True
    return bool(_names(defector) & _names(pledger))


def _names(mention: Mention) -> set[str]:
    """The capitalised words of a mention that may be a name's ("Adnan", "Farzat"; not "The", "Mr")."""
    return {w for w in mention.span.text.split() if w[:1].isupper() and len(w) > 2 and w.rstrip(".") not in _NO_NAMES}
