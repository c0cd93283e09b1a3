"""Which side of a backoff change of side is which (kg.extract.learned.detector.read_roles): the side left and the side
gone to, read off the shape of the sentence and the mover's other mentions, not off the words the model weighs.

The structural reader takes the object of "to"/"with" for the side gone to and of "from" for the side left; a clause
that says neither ("the fourth senator to cross over") leaves it to the mover's own phrase, which may be the party
the sentence has them join ("she had joined the ruling All Progressives Congress, the fourth senator to cross over":
the senator is the Congress's apposition, not its member who left it). Three structural checks:

* a verb of entering a body has the side gone to for its object ("joined", "rejoined the government"), a verb of
  leaving one the side left ("quit the party"): closed classes, read before the model's weights of the verb;
* a side read off the mover's phrase that the sentence has the mover enter (the object of a verb of entering, or of
  "to"/"into" on a verb) is the side gone to, never the side left;
* a side left the clause does not name is the one a "former" title names ("212 former JuF members", "a former
  commander of the Kivu Front"), else the one the mover's other mentions in the document name ("a brigadier of the
  army, Omer Hassan-Kuku ... he joined the RSF").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from kg.extract import roles
from kg.extract.actors import Actors
from kg.extract.rules.defectors import affiliation
from kg.extract.rules.described import described_side
from kg.extract.rules.foughtfor import fought_for
from kg.extract.rules.sides import own_side

# Verbs whose object is the body entered, and verbs whose object is the body left: closed classes.
ENTERING = frozenset({"join", "rejoin", "re-join", "enter", "reenter", "embrace", "enlist"})
LEAVING = frozenset(
    {"leave", "quit", "desert", "abandon", "ditch", "dump", "exit", "renounce", "forsake", "disown", "disavow"}
)
# Prepositions on a verb whose object is the body gone to.
_INTO = frozenset({"to", "into"})
# Verbs of parting whose "with" object is the side left, not the one gone to: "broke with its emir", "split with the
# FLM", "parted ways with", "fell out with Taylor".
PARTING = frozenset({"break", "split", "part", "fall", "sever", "cut"})
# Verbs of serving a side, whose "for"/"with"/"alongside"/"under" object is the side served: "had fought with the FLM".
_SERVING = frozenset({"fight", "serve", "operate", "battle", "work"})
# What one was of a side: "had been a member of the JRTN", "was part of the Serbian reserve police".
_PARTS = frozenset({"member", "part", "commander", "fighter", "leader", "officer", "official", "cadre", "unit"})
# A noun between a verb and the body it names: "returned to the embrace of the Islamic Emirate", "the ranks of".
_WRAPPERS = frozenset({"embrace", "fold", "arms", "rank", "ranks", "side", "camp", "bosom", "command", "banner"})
# What makes a title one held before: "former JuF members", "an ex-commander of the Front".
_FORMER = frozenset({"former", "ex", "erstwhile", "onetime", "one-time", "ex-"})
# The modifiers of a mover's noun that may name the body it belonged to.
_NAMING_DEPS = frozenset({"compound", "nmod", "poss", "amod"})


def object_side(verb: Token) -> str | None:
    """ "to" when ``verb``'s direct object is the side gone to ("joined the RSF"), "left" when it is the side left
    ("quit the party"), None when the verb says neither ("crossed the aisle")."""
    lemma = verb.lemma_.lower()
    if lemma in ENTERING:
        return "to"
    if lemma in LEAVING:
        return "left"
    return None


def entered(token: Token) -> bool:
    """True when the sentence has its subject enter ``token``'s body: ``token`` (or the noun it is the apposition of)
    is the object of a verb of entering or of "to"/"into" on a verb ("she had joined the ruling All Progressives
    Congress, the fourth senator ..." for "senator")."""
    for tok in _noun_chain(token):
        head = tok.head
        if tok.dep_ == "dobj" and head.lemma_.lower() in ENTERING:
            return True
        if tok.dep_ == "pobj" and head.lower_ in _INTO and head.head.pos_ in roles.VERB_POS:
            if head.head.lemma_.lower() not in LEAVING:
                return True
    return False


def _noun_chain(token: Token) -> Iterable[Token]:
    """``token`` and the nouns it is the apposition or compound of, outward."""
    tok = token
    yield tok
    while tok.dep_ in ("appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
        yield tok


def accompanies(token: Token) -> bool:
    """True when the "with" object ``token`` is who or what went along, not a side: "surrendered with their
    weapons", "joined the Islamic State with most of his network", "crossed with about 30 men" (no named body)."""
    return token.head.lower_ == "with" and not (token.ent_type_ in ("ORG", "NORP") or token.ent_id_)


def unwrapped(token: Token) -> Token:
    """The body a side noun stands for: "the embrace of the Islamic Emirate" -> the Islamic Emirate."""
    if token.lemma_.lower() in _WRAPPERS or token.lower_ in _WRAPPERS:
        inner = [t for t in roles.pobjs(token, "of") if t.pos_ in ("PROPN", "NOUN")]
        if inner:
            return inner[0]
    return token


def served_side(mover: Token, trigger: Token, actors: Actors) -> list[Token]:
    """The side the mover's own clauses say it served before it moved: "Diallo had fought with the FLM since 2015,
    but broke with its emir", "al-Karkhi had been a member of the JRTN until 2014, when he joined the Islamic State",
    "a tribal leader who had fought alongside the Houthis"; a clause of the mover or of another of its mentions."""
    own = actors.mention(mover)
    if own is None:
        return []
    found: list[Token] = []
    for verb in mover.doc:
        if verb.i == trigger.i or verb.pos_ not in ("VERB", "AUX") or verb.i > trigger.i:
            continue
        lemma = verb.lemma_.lower()
        if lemma not in _SERVING and lemma != "be":
            continue
        doer = verb.head if verb.dep_ in ("relcl", "acl") else roles.subject(verb)
        if doer is None or not _names(doer, own.entity.key, actors):
            continue
        if lemma == "be":
            parts = [a for a in roles.children(verb, "attr") if a.lemma_.lower() in _PARTS]
            sides = [t for a in parts for t in roles.pobjs(a, "of")]
        else:
            sides = roles.pobjs(verb, "for", "with", "alongside", "under")
        found += [t for t in sides if _body(t, actors) and _key(t, actors) not in (None, own.entity.key)]
    return found[-1:]


def former_side(mover: Token, actors: Actors) -> list[Token]:
    """The body a "former" title of ``mover`` names: a name modifying the title ("212 former JuF members") or its
    "of"/"in"/"with"/"for" object ("a former commander of the Kivu Front"); the title may be the mover's apposition
    ("Omer Hassan-Kuku, a former army brigadier"). [] when no title of the mover says "former"."""
    heads = [mover, *(c for c in mover.children if c.dep_ == "appos")]
    if mover.dep_ == "appos":
        heads.append(mover.head)
    for head in heads:
        if not any(c.lower_ in _FORMER for c in head.children if c.i < head.i):
            continue
        named = [
            c
            for c in head.children
            if c.i < head.i and c.dep_ in _NAMING_DEPS and c.lower_ not in _FORMER and _body(c, actors)
        ]
        named += [t for t in roles.pobjs(head, "of", "in", "with", "for") if _body(t, actors)]
        if named:
            return named[:1]
    return []


def _body(token: Token, actors: Actors) -> bool:
    """True when ``token`` names a body one can belong to: a named organisation or people (whatever the NER's
    label for a group's acronym, "JuF" tagged a person), or a force ("the army"); not a place."""
    if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "LOC", "FAC", "MONEY", "PERCENT"):
        return False
    if token.ent_type_ == "GPE" and not token.ent_id_:
        return False  # a town's name: where they were from, not a side
    if token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "NORP", "PERSON"):
        return actors.mention(token) is not None
    return token.lemma_.lower() in ("army", "military", "police", "party", "government", "force", "militia")


def _names(token: Token, key: str, actors: Actors) -> bool:
    """True when ``token`` or the noun it is in apposition with names the actor ``key``: "Sheikh Hussein, a tribal
    leader who had fought ..." for "leader"."""
    near = [token, *(c for c in token.children if c.dep_ == "appos")]
    if token.dep_ == "appos":
        near.append(token.head)
    return any(_key(t, actors) == key for t in near)


def _key(token: Token, actors: Actors) -> str | None:
    mention = actors.mention(token)
    return None if mention is None else mention.entity.key


def other_mentions_side(mover: Token, trigger: Token, actors: Actors) -> list[Token]:
    """The side the mover's other mentions in the document name, the nearest before the trigger first: "A brigadier
    of the army, Omer Hassan-Kuku, ... On Sunday he joined the RSF" gives the army for "he". Only a mention that
    names the mover (a name or a title, not another pronoun) counts."""
    own = actors.mention(mover)
    if own is None:
        return []
    doc = mover.doc
    found: list[Token] = []
    for tok in doc:
        if tok.i == mover.i or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "flat"):
            continue
        other = actors.mention(tok)
        if other is None or other.entity.key != own.entity.key:
            continue
        # "young men from the X Jebel who had fought with the Joint Forces": the side served, before the place
        side = former_side(tok, actors) or fought_for(tok, actors) or affiliation(tok) or own_side(tok, actors)
        side = side or described_side(tok, lambda t: _body(t, actors))  # "X, who won her seat on the ticket of Y"
        side = [s for s in side if _key(s, actors) not in (None, own.entity.key)]
        if side:
            found.append(side[0])
    before = [t for t in found if t.i < trigger.i]
    return ([max(before, key=lambda t: t.i)] if before else []) or found[:1]
