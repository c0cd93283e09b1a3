"""Doers a report identifies: a generic doer noun said to be (members of) a named group.

Police releases, bulletins and wire windows tell a deed with a doer nobody could name yet and identify that doer
in a phrase of its own, often a sentence later: "The attackers, identified as elements of the outlawed Free Hills
Brigade, used automatic weapons"; "The suspects, believed to be members of the Panya Road gang, fled with cash";
"Witnesses identified the perpetrators as members of the Zaire militia". The group is then the doer of the incident
the doer noun belongs to, as an attribution's actor is (:mod:`kg.extract.attribution` links it): the forms here are
read off the parse, whichever verb of identifying carries them, so the group needs no gazetteer entry.

"The attackers were members of X" and "were believed to belong to X" are attribution's own (`_members_of`,
`_belonging`); this module adds the participle set off beside the doer noun and the active "identified X as Y".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from kg.extract import coref, lexicon, roles
from kg.extract.fillers import under_attack

# Verbs that say who a doer is: "identified as", "believed to be", "known locally as".
IDENTIFYING_VERBS = frozenset(
    {"identify", "believe", "suspect", "think", "say", "know", "describe", "report", "confirm", "name", "reveal"}
)
# Verbs whose object is the one identified: "identified the perpetrators as members of X".
NAMING_VERBS = frozenset({"identify", "describe", "name"})
# Nouns for a group's members: "members of X", "elements of X" stand for X.
MEMBERSHIP_NOUNS = frozenset(
    {"member", "element", "operative", "supporter", "loyalist", "follower", "part", "cadre"} | coref.MEMBERS
)


def identifications(doc: Doc, is_doer_word: Callable[[Token], bool]) -> Iterator[tuple[Token, Token, Token]]:
    """(group, doer noun, anchor) for every generic doer noun the text identifies with a group, in text order.

    ``is_doer_word`` says which nouns are generic doers (attribution's test). The anchor is the last token of the
    identifying sentence: incidents told before it, that sentence's own included, are the ones it can name (the latest
    of them, as for a claim).
    """
    for verb in doc:
        if verb.lemma_.lower() not in IDENTIFYING_VERBS or verb.pos_ not in roles.VERB_POS:
            continue
        if _negated(verb):
            continue
        doer = _identified_doer(verb, is_doer_word)
        if doer is None or _suffered(doer):
            continue
        group = _group_named(verb)
        if group is None:
            continue
        yield group, doer, roles.sentence(verb)[-1]


def _identified_doer(verb: Token, is_doer_word: Callable[[Token], bool]) -> Token | None:
    """The doer noun ``verb`` identifies: the noun a participle is set off beside ("The attackers, identified as
    ..."), the noun a relative clause of naming hangs on ("the gunmen, whom residents described as X"), the subject
    of a belief verb the parser made the clause's verb ("The suspects, believed to be members of
    X, fled"), or the object of "identified ... as"."""
    if verb.dep_ == "acl" and is_doer_word(verb.head):
        return verb.head
    if verb.dep_ == "relcl" and is_doer_word(verb.head) and _as_object(verb) is not None:
        relative = roles.first(c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("whom", "who", "that"))
        if relative is not None and verb.lemma_.lower() in NAMING_VERBS:
            return verb.head  # "the gunmen, whom residents described as Fulani herders, ..."
    if verb.lemma_.lower() in NAMING_VERBS and verb.tag_ != "VBN":
        obj = roles.first(roles.children(verb, "dobj"))
        if obj is not None and is_doer_word(obj) and _as_object(verb) is not None:
            return obj
    subj = roles.first(roles.children(verb, "nsubj", "nsubjpass"))
    if subj is not None and is_doer_word(subj) and (_is_passive_identity(verb) or _as_object(verb) is not None):
        if verb.lemma_.lower() in NAMING_VERBS or _to_be(verb) is not None or roles.is_passive(verb):
            return subj  # "The gunmen were identified as X", "The suspects (,) believed to be members of X"
    return None


def _group_named(verb: Token) -> Token | None:
    """The group an identifying verb names: its "as" object or the attribute of its "to be", read through a
    membership noun ("elements of X" is X)."""
    named = _as_object(verb)
    if named is None:
        be = _to_be(verb)
        named = roles.first(roles.children(be, "attr")) if be is not None else None
    if named is None:
        return None
    if named.lemma_.lower() in MEMBERSHIP_NOUNS or named.lower_ in MEMBERSHIP_NOUNS:
        return roles.first(roles.pobjs(named, "of", "from"))
    return named


def _as_object(verb: Token) -> Token | None:
    return roles.first(roles.pobjs(verb, "as"))


def _to_be(verb: Token) -> Token | None:
    return roles.first(c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_ == "be")


def _is_passive_identity(verb: Token) -> bool:
    return roles.is_passive(verb) or _to_be(verb) is not None


def _suffered(noun: Token) -> bool:
    """True when the noun identified is whom a killing or a wounding was done to: "killing the two men inside, whom
    officials named as X and Y" names the dead, not the doers."""
    harmed = noun.head.lemma_.lower() in lexicon.HARM_WORDS | lexicon.LETHAL_VERBS
    if harmed and noun.dep_ in ("dobj", "nsubjpass"):
        return True
    # a clerk "whom police named as X" who "came under fire by two gunmen" is the one fired on, not a doer
    return noun.dep_ in ("nsubj", "nsubjpass") and any(under_attack(c) == noun for c in roles.pobjs(noun.head, "under"))


def _negated(verb: Token) -> bool:
    """ "The attackers were not identified as X", "police have not said whether ...": no identification."""
    return any(c.dep_ == "neg" for c in verb.children)
