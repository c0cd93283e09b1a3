"""An air strike and a ground deed told together are two incidents: "Turkish forces began an offensive against the
YPG around Tal Rifaat, with Turkish jets striking 27 targets", "Haftar's forces launched an offensive on Tripoli, and
LNA aircraft have since bombed the airport".

The gold data, like an analyst, counts the offensive (a ground ATTACK) and the air strikes (an AIRSTRIKE) apart,
even when one side does both; kg.extract.incidents merged them, since the doers agree and a place or a side is
no name that tells them apart.  :func:`apart` reads only the events: one mention typed AIRSTRIKE by its own aerial
cue, the other an ATTACK whose trigger is a ground deed (an offensive, a siege, an assault, a capture, an advance).
A casualty clause, an anaphoric noun ("the attack") and a claim are no ground deed, so they still join the air
strike they tell.
"""

from __future__ import annotations

from kg.models import Event, EventType

# Trigger words of deeds done on the ground, by forms as the text has them.
GROUND_DEEDS = frozenset({
    "offensive", "offensives", "counteroffensive", "counter-offensive", "siege", "besieged", "besieging", "besiege",
    "assault", "assaulted", "stormed", "storming", "storm", "captured", "capture", "capturing", "seized", "seizing",
    "seizure", "overran", "overrun", "overrunning", "retook", "retake", "retaking", "recaptured", "recapture",
    "advance", "advanced", "advancing", "incursion", "invasion", "invaded", "ambush", "ambushed", "raided",
})  # fmt: skip


def apart(a: Event, b: Event) -> bool:
    """True when one of ``a`` and ``b`` is an air strike and the other a ground deed: two incidents."""
    return (_air(a) and _ground(b)) or (_ground(a) and _air(b))


def _air(event: Event) -> bool:
    return event.type is EventType.AIRSTRIKE


def _ground(event: Event) -> bool:
    """True for an ATTACK any of whose mentions is a ground deed: an incident merged so far from "The battle was
    fought ..." and "rebels captured the town" is the capture, whatever its first mention's word."""
    return event.type is EventType.ATTACK and any(m.trigger.text.lower() in GROUND_DEEDS for m in event.evidence)
