"""Which incident an event noun told again refers to, when the text names it by what was attacked or where.

A long article tells several incidents and then names one again by a noun whose modifiers say which: "The
Taliban claimed the checkpoint attack but did not comment on the bombing", "the Monguno assault", "the mosque
bombing".  :func:`modifiers` reads those words before a mention's trigger noun; :func:`described` says whether
an incident's targets or place carry one of them.  Both read only the text of the events, so the merging of
mentions (kg.extract.incidents) and the linking of claims (kg.extract.attribution) share them.
"""

from __future__ import annotations

import re

from kg.extract.lexicon import DETERMINERS
from kg.models import Event

_WORD = re.compile(r"[\w'-]+")
# Words too short or too common to tell one incident from another.
_MIN_LENGTH = 4
_STEM = 5


def modifiers(event: Event) -> frozenset[str]:
    """The words between a determiner and the trigger noun of ``event``, lower case: "the checkpoint attack"
    -> {"checkpoint"}, "Sunday's Monguno assault" -> {"sunday", "monguno"}; empty when no determiner or
    possessive is among the three words before the trigger."""
    words = _WORD.findall(re.split(r"[,;:.!?()\"\u201c\u201d]", text_before(event))[-1])[-3:]
    for n in range(len(words) - 1, -1, -1):
        word = words[n].lower()
        if word in DETERMINERS:
            kept = words[n + 1 :]
        elif word.endswith("'s"):
            kept = [word.removesuffix("'s"), *words[n + 1 :]]
        else:
            continue
        return frozenset(w.lower() for w in kept if len(w) >= _MIN_LENGTH)
    return frozenset()


# Event verbs whose past does not start as their noun does ("Israeli warplanes struck ..." -- "the strikes hit ...").
_PAST_FORMS = {"struck": "strike", "shot": "shoot", "fought": "fight", "blew": "blow", "threw": "throw"}
# Letters of a trigger word that tell it apart: "bomb" ~ "bombing", "raid" ~ "raided", not "strike" ~ "storm".
_WORD_STEM = 4


def same_word(event: Event, noun: Event) -> bool:
    """True when the trigger noun of ``noun`` repeats the word of one of ``event``'s mentions: "Warplanes struck
    several villages ... The strikes hit the outskirts of Khiam", whichever other incident the story told since."""
    stem = _trigger_stem(noun.trigger.text)
    return any(_trigger_stem(m.trigger.text) == stem for m in event.evidence)


def _trigger_stem(word: str) -> str:
    word = word.lower()
    return _PAST_FORMS.get(word, word)[:_WORD_STEM]


# A break between clauses of running text: punctuation and quotes, but not the dot of an abbreviation ("U.S.
# warplanes pounded", "Lt. Col. X said", "Mr. Y"), which ends no clause.
CLAUSE_BREAK = re.compile(r"[,;:!?()\"\u201c\u201d]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])\.")


def text_before(event: Event) -> str:
    """The text of ``event``'s sentence before its trigger."""
    return event.sentence.text[: max(0, event.trigger.start - event.sentence.start)]


def described(event: Event, words: frozenset[str]) -> bool:
    """True when a target or the place of ``event`` carries one of ``words`` (by its first letters: "mosque" ~
    "mosques", "Monguno" ~ "Monguno's")."""
    if not words:
        return False
    named = [m.span.text for m in event.targets]
    if event.location is not None:
        named.append(event.location.span.text)
    stems = {w.lower()[:_STEM] for text in named for w in _WORD.findall(text) if len(w) >= _MIN_LENGTH}
    return any(w[:_STEM] in stems for w in words)


# Words that count members of a group ("two of the attackers", "several gunmen").
QUANTITY_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "some", "several", "many", "most", "all", "dozens", "scores"}
)


def noun_head(text: str) -> str:
    """The head noun of a role's text, singular: "12 militants" -> militant, "Two of the attackers" ->
    attacker, "the camp at Sanam" -> camp."""
    words = _WORD.findall(text.lower())
    if len(words) > 2 and "of" in words[1:] and (words[0] in QUANTITY_WORDS or words[0].isdigit()):
        words = words[words.index("of", 1) + 1 :]  # "two of the attackers"
    head = head_word(" ".join(words))
    if head.endswith("men"):
        return head[:-3] + "man"
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


_PREPOSITIONS = frozenset({"at", "in", "of", "on", "near", "from", "for", "with", "outside"})


def head_word(text: str) -> str:
    """The last word before a preposition: "the camp at Sanam" -> camp."""
    words = _WORD.findall(text.lower())
    for i, word in enumerate(words):
        if i and word in _PREPOSITIONS:
            words = words[:i]
            break
    return words[-1] if words else ""
