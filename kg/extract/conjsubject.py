"""Whose subject a coordinated verb shares when the head it was joined to does not say it: kg.extract.roles.subject
reads a conjunct's doer off the verb it is joined to, which is wrong in two shapes real copy builds.

* An active clause after a passive one: "Yusuf had been recruited by a cousin and had sworn allegiance to the group",
  "He was arrested by police and has confessed". The doer of the first verb is its "by" agent, but the second verb is
  the grammatical subject's own act: the one recruited swore. Only a conjunct that marks itself active (its own
  auxiliary, or "have" as its verb: "and had sworn allegiance") is read so; a bare participle continues the passive
  ("was attacked by militants and burned").
* A conjunct the parser hung on the verb of a reported clause whose subject is an event: "Tribal elders said the
  clashes marked a break with the SDF and declared their loyalty to X". An event cannot declare, pledge or join: the
  verb continues the reporting clause, whose subject does.
* A conjunct whose own subject the parser joined to the clause before: "Workers went on strike in the port and rebels
  attacked two police stations" makes "rebels" a conjunct of "port" and "attacked" a conjunct of "went", as if the
  workers attacked. English joins no bare noun to a verb that follows it with nothing between, so a finite active
  conjunct with no subject, right after a noun joined by "and" to a noun before it, has that noun as its subject
  (:func:`swallowed_subject`).
* A conjunct an aside cut off: 'he left the group and, in his words, "gave bay'ah to X"' is parsed with "gave" as a
  loose dependent of "left"; after the "and" that joins them it is a conjunct, and shares the first verb's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.role_words import DEED_HEADS
from kg.extract.syntax import clause_of_joined_subject

# Acts only a person or a group does, never an event: an event noun's verb with these is the parser's misjoin.
_ACTORS_ONLY = frozenset(
    {"declare", "pledge", "swear", "join", "rejoin", "vow", "announce", "say", "deny", "claim", "renew", "reaffirm"}
)
_VERBS = ("VERB", "AUX")


def shared_subject(verb: Token) -> Token | None:
    """The subject the conjunct ``verb`` shares in the two shapes above, or None to read it the usual way."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in _VERBS or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    passive_subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if passive_subject is not None and _marked_active(verb):
        return passive_subject
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if (
        subject is not None
        and subject.lemma_.lower() in DEED_HEADS
        and verb.lemma_.lower() in _ACTORS_ONLY
        and head.dep_ == "ccomp"
        and head.head.pos_ in _VERBS
    ):
        return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return None


def _marked_active(verb: Token) -> bool:
    """True when a conjunct marks its own clause active: an auxiliary of its own ("and had sworn", "and has
    confessed") or "have" as its verb (the small model's "had" with "sworn" as an adjective of the noun)."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(c.dep_ == "aux" for c in verb.children) or verb.lemma_.lower() == "have"


def swallowed_subject(verb: Token) -> Token | None:
    """The subject of the conjunct ``verb`` that the parser joined to a noun of the clause before, or None: for
    "attacked" in "Miners marched in the capital and rebels attacked two police stations", "rebels" (not "Miners");
    None for "Gunmen stormed the village and killed six people" (no noun before "killed")."""
    if verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    return noun if clause_of_joined_subject(noun) == verb else None


def loose_conjunct(verb: Token) -> bool:
    """True when ``verb``, with no subject of its own, is a conjunct the parser left as a loose dependent of the verb
    before it: an "and" hangs on that verb between the two ('left the group and, in his words, "gave bay'ah"')."""
    head = verb.head
    if verb.dep_ != "dep" or verb.pos_ != "VERB" or head.pos_ not in _VERBS or head.i > verb.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return False
    return any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children)
