"""The name a broken parse split off a role's common noun: "troops loyal to renegade general Khalifa Haftar", "he joined
the insurgent Jaish Rijal al-Tariqa al-Naqshbandia".

Real copy puts a describing word or title in front of a name ("renegade general X", "the insurgent X", "the
hardline cleric X", "the separatist X"). The small model often ends the noun phrase at the describing word and hangs
the name elsewhere: as the subject of the next verb ("... Khalifa Haftar shelled the airport"), as an adverbial
("... al-Naqshbandia after 2003"). A rule that takes the grammatical object then reports "renegade" or "the
insurgent" where the text names the side. When a role's word is such a bare common word, nothing of its own phrase
is a name, and a name starts right after it (past at most a few lower-case title words) that the parse did not hang
under it, the name is the role's filler: the span the entity recogniser (or the gazetteer) found there.

A name the parse did hang under the word is left alone (the phrase already reaches it; :meth:`Actors.named_phrase`
reads appositions), and so is a name in a reduced relative clause ("the militants Hezbollah trained"), which the
parser hangs under the noun.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract import roles
from kg.extract.actors import Actors

# Entity labels that name an actor a role may hold: a person, an organisation, a people taken as a side.
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP"})
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
# Lower-case words a title runs through before the name: "renegade general Khalifa Haftar", "the insurgent group X".
_MAX_TITLE_WORDS = 3


def name_after(token: Token, actors: Actors) -> Token:
    """The head of the name a broken parse split off ``token``, a role's bare common word, or ``token`` itself."""
    if token.pos_ not in ("NOUN", "ADJ") or token.ent_type_ or token.ent_id_ or not token.is_lower:
        return token
    if any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED or t.ent_id_ for t in actors.phrase(token)):
        return token  # "the Syrian army", "al-Qaeda's branch": the phrase names whom it means
    doc, sent = token.doc, roles.sentence(token)
    i = token.i + 1
    while i < sent.end and i - token.i <= _MAX_TITLE_WORDS and _title_word(doc[i]):
        i += 1
    run = _name_run(doc[i : sent.end])
    if run is None:
        return token
    name = next((t for t in run if not run.start <= t.head.i < run.end or t.head.i == t.i), run[-1])
    if token in name.ancestors or name in token.subtree:
        return token  # the parse hung the name under the word: its own phrase or a clause of it
    return name


def _name_run(words: Span) -> Span | None:
    """The proper-noun run ``words`` opens, when it names an actor (a person, an organisation, a people, a gazetteer
    entry) and no place or date: "Liwa Shuhada al-Furat", with "Liwa" left out of the entity the NER found."""
    end = words.start
    doc = words.doc
    while end < words.end and (doc[end].pos_ == "PROPN" or doc[end].ent_type_ and doc[end].ent_iob_ == "I"):
        end += 1
    run = doc[words.start : end]
    if not len(run) or not any(t.ent_type_ in _ACTOR_LABELS or t.ent_id_ for t in run):
        return None
    if any(t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") for t in run):
        return None
    return run


def _title_word(token: Token) -> bool:
    """A lower-case word between a describing word and the name it describes ("renegade general X")."""
    return token.is_lower and token.is_alpha and token.pos_ in ("ADJ", "NOUN") and not token.ent_type_


def capital_name_before(trigger: Token) -> list[Token]:
    """A group's acronym the tagger read as the word it spells, as the doer of a clause with no subject: "In 2021 HAS
    pledged allegiance to ..." parses "HAS" as the auxiliary "has". The acronym is the subject when the document
    uses the same capitals as a name elsewhere ("Harakat Ansar al-Sahil (HAS)", "HAS is a Salafi-jihadist group")
    and the sentence is not written in capitals throughout (a headline's "ISIS HAS STRUCK")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.pos_ not in ("VERB", "AUX") or verb.is_upper:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return []
    for c in verb.children:
        if c.i < verb.i and c.dep_ in ("aux", "auxpass", "neg") and _capitals(c) and _named_elsewhere(c):
            return [c]
    return []


def _capitals(token: Token) -> bool:
    return token.is_upper and token.is_alpha and 2 <= len(token) <= 6


def _named_elsewhere(word: Token) -> bool:
    """True when the document uses ``word``'s capitals as a name: in parentheses after a spelt-out name, or tagged
    as a proper noun or an organisation."""
    doc = word.doc
    for t in doc:
        if t.i == word.i or t.text != word.text:
            continue
        if t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP"):
            return True
        if 0 < t.i < len(doc) - 1 and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")":
            return True
    return False


def subject_in_opening_phrase(trigger: Token) -> list[Token]:
    """The subject the parser put inside a clause's opening phrase of time: "In early 2024 a part of the militia ...
    pledged allegiance" parses "a part" as a second object of "In" beside the date. A preposition before a verb with
    no subject, holding a date and then a noun, has lost the clause's subject to it: that noun is the doer."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "... pledged allegiance to X and was integrated into Y"
    if verb.pos_ not in ("VERB", "AUX") or any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children
    ):
        return []
    # "Between 4 and 7 February, a total of 146 fighters, comprising ..., surrendered": the phrase hangs on the clause
    # the parser opened before the verb
    openers = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.pos_ == "VERB"]
    for prep in (p for v in (verb, *openers) for p in v.children):
        if prep.dep_ != "prep" or prep.i > verb.i or prep.i > prep.head.i:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objects) >= 2 and objects[0].ent_type_ in ("DATE", "TIME") and objects[-1].pos_ in ("NOUN", "PROPN"):
            noun = objects[-1]
            if noun.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC"):
                counted = roles.pobjs(noun, "of") if noun.lemma_.lower() in ("total", "number") else []
                return counted[:1] or [noun]  # "a total of 146 fighters": the fighters
    return []
