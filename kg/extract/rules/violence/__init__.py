"""ATTACK and AIRSTRIKE: violence by an actor against a target, and the subset delivered from the air.

Both types share the trigger lexicon; a trigger with an aerial cue (the trigger itself is an air
strike, or aircraft/drones/"from the air" appear around it) is an AIRSTRIKE, otherwise an ATTACK.
Metaphorical, verbal, sporting, labour, police and accidental uses are filtered out here.

One module per job: ``words`` (the word tables), ``aerial`` (the aerial decision), ``support`` (phrases of
support beside a deed), ``verbs`` and ``nouns``
(lemma -> named sense check), ``checks`` (the checks both share), ``verbroles`` and ``nounroles`` (role reading at a
verb and at an event noun), ``verbframes`` (a verb's reading by its kind) and ``attack`` (the patterns and the
dispatch; registers the two rules).
"""

from kg.extract.rules.violence.aerial import is_aerial
from kg.extract.rules.violence.attack import PATTERNS, airstrike, attack

__all__ = ["PATTERNS", "airstrike", "attack", "is_aerial"]
