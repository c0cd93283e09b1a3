"""Where a text turns from one incident to another, for the merge of one incident's mentions (kg.extract.incidents).

Wire windows and monitoring digests tell several incidents one after the other, and the words that tie a mention
to the incident before it are the same words that introduce the next one: a claim ("no group claimed it"), a toll
(", killing three"), a response word ("revenge").  Three readings of a mention's own words tell which it is:

* **an incident of its own** (:func:`elsewhere`): a trigger noun after an indefinite article or a count ("a bomb
  exploded at a checkpoint in Nkari", "The brigade had claimed an attack on a police station in Gatari"), or a verb
  with no definite noun, brings a new incident into the text, so a claim in its sentence does not make it the
  story's only incident when its place says otherwise;
* **the incident answered** (:func:`answered`): a response word followed by "for" or "to" and the trigger ("vowed
  revenge for the attack", "in retaliation for Tuesday's bombing") names the incident the answer is for, which is
  the one told before, not a new one;
* **an earlier incident recalled by its distance in time** (:func:`recalled_offset`): "The incident came weeks
  after herdsmen killed 40 worshippers at a church in Owo", "..., two days after gunmen stormed a school": what
  follows "after" is an earlier incident, not the one the sentence reports.

Each test reads one event's sentence text around its trigger (no parse), as the other incident cues do
(kg.extract.incidentcues).
"""

from __future__ import annotations

import re

from kg.extract.anaphora import CLAUSE_BREAK, QUANTITY_WORDS, text_before
from kg.extract.incidentcues import RECALLED_AFTER
from kg.extract.incidentplaces import same_place
from kg.models import Event

# Words before a trigger noun that introduce an incident not told before: "a bomb", "an attack", "two blasts".
_INDEFINITE = frozenset({"a", "an", *QUANTITY_WORDS}) - {"all", "most"}
# Words between the determiner and the trigger noun may be its modifiers ("a roadside bomb", "an apparent suicide
# attack"); at most this many.
_MODIFIERS = 3
_WORD = re.compile(r"[\w'-]+")


def elsewhere(incident: Event, mention: Event, *, anaphoric: bool) -> bool:
    """True when ``mention``, a claim that fits no incident's place or date, tells an incident of its own rather than
    ``incident``, the only one told: its place is named and is not the incident's, and its trigger is no definite
    noun pointing back ("a bomb exploded at a checkpoint in Nkari, ...; no group claimed it", "Gunmen also killed six
    civilians in Diallassagou, ... but no group claimed it").  "The Pakistani Taliban said the massacre was revenge for
    army operations in North Waziristan" names the story's massacre whatever place its sentence gives."""
    if same_place(incident.location, mention.location):
        return False  # a claim made on a later day, in the same place or none
    if any(told.sentence.start == mention.sentence.start for told in incident.evidence):
        return False  # "the attacks in Jabla ..., for which Da'esh has claimed responsibility and where ... bombings"
    return introduced(mention) or not anaphoric


def introduced(event: Event) -> bool:
    """True when the trigger is a noun introduced by an indefinite article or a count: "a bomb exploded", "claimed
    an attack on a police station".  Verbs are never introduced ("gunmen killed a teacher")."""
    before = text_before(event)
    if before[-1:].isalnum():
        return False  # inside a word
    clause = [w.lower() for w in _WORD.findall(CLAUSE_BREAK.split(before)[-1])]
    words = clause[-(_MODIFIERS + 1) :]
    for n in range(len(words) - 1, -1, -1):
        if words[n] in _INDEFINITE:
            if clause[: len(clause) - len(words) + n][-1:] == ["of"]:
                return False  # "This was one of three related attacks": the series of the one told
            return not any(w.endswith("'s") or w in _DEFINITE for w in words[n + 1 :])
        if words[n] in _DEFINITE or words[n].endswith("'s"):
            return False
    return False


_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})

# A response word with the incident it answers after it, named again by a definite noun: "revenge for the attack",
# "in retaliation for Sunday's raid", "in response to the bombing"; not "in response to rockets fired from Lebanon",
# an incident first told there.
_ANSWERED = re.compile(
    r"\b(?:revenge|retaliation|retaliate[ds]?|response|responded|reprisal|retribution)\s+(?:for|to|against)\s+"
    r"(?:the|this|that|these|those|its|their|[\w-]+'s)\s+(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)


def answered(event: Event) -> bool:
    """True when the trigger is the incident a response word answers: "Islamic Jihad vowed revenge for the attack"
    names the attack told before, not a new one."""
    return _ANSWERED.search(text_before(event)) is not None


def recalled_offset(event: Event) -> int:
    """The offset of a distance in time before the trigger that recalls another incident ("weeks after herdsmen
    killed"), or -1.  "Two days after the attack, ..." names the incident told (a definite noun right after the
    phrase) and is no such recall."""
    before = text_before(event)
    if any(_WORD.findall(m.span.text.lower())[:1] in (["the"], ["this"], ["that"]) for m in event.targets):
        return -1  # "a day after they attacked the base": the incident told before, named again
    found = -1
    for match in RECALLED_AFTER.finditer(before):
        if not CLAUSE_BREAK.search(before[match.end() :]):
            found = event.sentence.start + match.start()
    return found
